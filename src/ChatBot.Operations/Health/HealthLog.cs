using Microsoft.Extensions.Logging;

namespace ChatBot.Operations.Health;

/// <summary>Log messages of the health endpoint and storage selection (event ids 6100–6199).</summary>
internal static partial class HealthLog
{
    [LoggerMessage(6102, LogLevel.Information, "Operations store: SQLite at {Path}")]
    public static partial void SqliteStore(ILogger logger, string path);

    [LoggerMessage(6103, LogLevel.Information, "Operations store: PostgreSQL database {Database} on {Host} (shared by all processes)")]
    public static partial void PostgresStore(ILogger logger, string database, string host);

    [LoggerMessage(6104, LogLevel.Information, "Operations store schema at version {Version}")]
    public static partial void SchemaReady(ILogger logger, int version);
}

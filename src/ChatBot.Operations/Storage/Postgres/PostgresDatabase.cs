using System.Data.Common;
using System.Text.RegularExpressions;
using Npgsql;

namespace ChatBot.Operations.Storage.Postgres;

/// <summary>The shared store for several bot processes: one NpgsqlDataSource (pooled) per process.</summary>
internal sealed partial class PostgresDatabase : ISqlDatabase, IAsyncDisposable, IDisposable
{
    public const int DefaultMaxPoolSize = 10;

    private readonly MigrationGate _gate;

    public PostgresDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        // Named in pg_stat_activity so an operator sees which connections are the bot's.
        builder.ApplicationName ??= "chatbot";
        // N processes × Npgsql's default of 100 would exhaust PostgreSQL's default max_connections (100); the bot
        // needs few connections, so a smaller pool is the default unless the connection string names one.
        if (!MaxPoolSizeKeyword().IsMatch(connectionString))
        {
            builder.MaxPoolSize = DefaultMaxPoolSize;
        }
        DataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        Host = builder.Host ?? "?";
        Database = builder.Database ?? "?";
        _gate = new MigrationGate(MigrateCoreAsync);
    }

    public NpgsqlDataSource DataSource { get; }

    /// <summary>Host and database only: the connection string holds a password and is never logged.</summary>
    public string Host { get; }

    public string Database { get; }

    public string Kind => "postgresql";

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _gate.EnsureAsync(cancellationToken).ConfigureAwait(false);
        return await DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        await _gate.EnsureAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await SchemaMigrator.CurrentVersionAsync(connection, null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<int> MigrateCoreAsync(CancellationToken cancellationToken)
    {
        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var version = await SchemaMigrator.MigrateAsync(connection, transaction, PostgresSchema.Migrations, PostgresSchema.LockSql, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return version;
    }

    public object ToDbTime(DateTimeOffset time) => time.ToUniversalTime();

    public DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        new(DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc));

    public async ValueTask DisposeAsync()
    {
        _gate.Dispose();
        await DataSource.DisposeAsync().ConfigureAwait(false);
    }

    public void Dispose()
    {
        _gate.Dispose();
        DataSource.Dispose();
    }

    [GeneratedRegex(@"(maximum|max)\s*pool\s*size\s*=|maxpoolsize\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex MaxPoolSizeKeyword();
}

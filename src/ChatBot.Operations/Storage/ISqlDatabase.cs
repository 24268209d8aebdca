using System.Data.Common;

namespace ChatBot.Operations.Storage;

/// <summary>
/// The database behind the audit trail and the ledger. SQLite and PostgreSQL share the SQL of the stores; only
/// schema types, time representation and connection handling differ.
/// </summary>
internal interface ISqlDatabase
{
    /// <summary>"sqlite" or "postgresql", for logs and the README.</summary>
    string Kind { get; }

    /// <summary>An open connection to a database that has been migrated (migration runs once per process).</summary>
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Applies pending migrations; returns the schema version.</summary>
    Task<int> MigrateAsync(CancellationToken cancellationToken);

    object ToDbTime(DateTimeOffset time);

    DateTimeOffset ReadTime(DbDataReader reader, int ordinal);
}

using System.Data.Common;
using ChatBot.Operations.Audit;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ChatBot.Operations.Storage.Sqlite;

/// <summary>The embedded store: one file, audit.db, in Audit:DataFolder (WAL, so readers never block the writer).</summary>
internal sealed class SqliteDatabase : ISqlDatabase, IDisposable
{
    public const string FileName = "audit.db";
    private readonly string _connectionString;
    private readonly MigrationGate _gate;

    public SqliteDatabase(IOptions<AuditOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folder = Path.GetFullPath(options.Value.DataFolder);
        FilePath = Path.Combine(folder, FileName);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        _gate = new MigrationGate(MigrateCoreAsync);
    }

    public string Kind => "sqlite";

    public string FilePath { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _gate.EnsureAsync(cancellationToken).ConfigureAwait(false);
        return await OpenRawAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        await _gate.EnsureAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await OpenRawAsync(cancellationToken).ConfigureAwait(false);
        return await SchemaMigrator.CurrentVersionAsync(connection, null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<int> MigrateCoreAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        await using var connection = await OpenRawAsync(cancellationToken).ConfigureAwait(false);
        await using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode = WAL";
            await wal.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // BEGIN IMMEDIATE takes the write lock at once, so two processes starting together migrate one after the other.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var version = await SchemaMigrator.MigrateAsync(connection, transaction, SqliteSchema.Migrations, null, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return version;
    }

    private async Task<DbConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    public object ToDbTime(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    public void Dispose() => _gate.Dispose();
}

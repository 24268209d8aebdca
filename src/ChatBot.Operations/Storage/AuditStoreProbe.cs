using ChatBot.Operations.Storage.Sqlite;

namespace ChatBot.Operations.Storage;

/// <summary>
/// Whether the audit trail exists yet, asked without opening it: SQLite creates its file on open, and a read-only
/// caller (the `audit` verb) must not create state.
/// </summary>
public sealed class AuditStoreProbe
{
    private readonly ISqlDatabase _database;

    internal AuditStoreProbe(ISqlDatabase database) => _database = database;

    /// <summary>The SQLite file that does not exist yet; null when it exists or the store is PostgreSQL.</summary>
    /// <remarks>A folder that cannot be created (a file stands in its way) is not "missing": opening it reports that error.</remarks>
    public string? MissingFile => _database is SqliteDatabase sqlite && !File.Exists(sqlite.FilePath) && !Blocked(Path.GetDirectoryName(sqlite.FilePath))
        ? sqlite.FilePath : null;

    private static bool Blocked(string? folder)
    {
        for (var dir = folder; !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
        {
            if (Directory.Exists(dir)) return false;
            if (File.Exists(dir)) return true;
        }

        return false;
    }
}

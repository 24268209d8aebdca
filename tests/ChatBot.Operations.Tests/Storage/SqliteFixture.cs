using ChatBot.Operations.Audit;
using ChatBot.Operations.Storage;
using ChatBot.Operations.Storage.Sqlite;
using ChatBot.Operations.Tests.Fakes;

namespace ChatBot.Operations.Tests.Storage;

/// <summary>A SQLite database in a temp folder with the stores on top.</summary>
internal sealed class SqliteFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public SqliteFixture()
    {
        Database = NewDatabase();
        Store = new SqlAuditStore(Database);
    }

    public SqliteDatabase Database { get; }

    public SqlAuditStore Store { get; }

    public string Folder => _folder.Path;

    /// <summary>Another handle on the same file, as a second process would have.</summary>
    public SqliteDatabase NewDatabase() => new(TestServices.AuditOptions(_folder.Path));

    public void Dispose()
    {
        Database.Dispose();
        _folder.Dispose();
    }
}

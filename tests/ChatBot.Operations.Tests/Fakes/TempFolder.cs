using Microsoft.Data.Sqlite;

namespace ChatBot.Operations.Tests.Fakes;

/// <summary>A fresh folder per test, removed afterwards (pools cleared first so SQLite lets go of the file).</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "chatbot-ops-" + Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

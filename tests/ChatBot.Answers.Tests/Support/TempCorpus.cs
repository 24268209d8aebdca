using System.Text;
using System.Text.Json;

namespace ChatBot.Answers.Tests.Support;

/// <summary>A throw-away corpus folder: documents and a manifest written by the test, deleted afterwards.</summary>
internal sealed class TempCorpus : IDisposable
{
    public TempCorpus()
    {
        Folder = Path.Combine(Path.GetTempPath(), "chatbot-corpus-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string ManifestPath => Path.Combine(Folder, "manifest.json");

    public TempCorpus WithDocument(string file, string text) => WithBytes(file, new UTF8Encoding(false).GetBytes(text));

    public TempCorpus WithBytes(string file, byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(Folder, file), bytes);
        return this;
    }

    /// <summary>A manifest naming each file with a valid entry.</summary>
    public TempCorpus WithManifest(params string[] files)
    {
        var documents = files.Select(f => new Dictionary<string, object?>
        {
            ["file"] = f, ["publisher"] = "BIJ1", ["title"] = "Asiel en migratie", ["language"] = "nl",
            ["date"] = "2023-10-30", ["kind"] = "party programme", ["url"] = null, ["format"] = "web",
        });
        File.WriteAllText(ManifestPath, JsonSerializer.Serialize(new { documents }));
        return this;
    }

    public TempCorpus WithRawManifest(string json)
    {
        File.WriteAllText(ManifestPath, json);
        return this;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failing cleanup must not hide the test's result.
        }
    }
}

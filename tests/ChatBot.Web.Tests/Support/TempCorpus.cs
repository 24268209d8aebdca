using System.Text;
using System.Text.Json;

namespace ChatBot.Web.Tests.Support;

/// <summary>A throw-away corpus folder with one web-page document, deleted afterwards.</summary>
internal sealed class TempCorpus : IDisposable
{
    public const string File = "900_markup.txt";

    public TempCorpus(string text, string? url = "https://example.org/programma/")
    {
        Folder = Directory.CreateTempSubdirectory("chatbot-web-corpus-").FullName;
        System.IO.File.WriteAllBytes(Path.Combine(Folder, File), new UTF8Encoding(false).GetBytes(text));
        var documents = new[]
        {
            new Dictionary<string, object?>
            {
                ["file"] = File, ["publisher"] = "Testpartij <b>", ["party_aliases"] = new[] { "testpartij" }, ["title"] = "Asiel & <migratie>",
                ["language"] = "nl", ["date"] = "2024-01-01", ["kind"] = "party programme (web page)", ["url"] = url, ["format"] = "web",
            },
        };
        System.IO.File.WriteAllText(Path.Combine(Folder, "manifest.json"), JsonSerializer.Serialize(new { documents }));
    }

    public string Folder { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

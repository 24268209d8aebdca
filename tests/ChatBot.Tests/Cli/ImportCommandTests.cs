using System.Text;
using System.Text.Json;

namespace ChatBot.Tests.Cli;

/// <summary>`ChatBot import` as the real process: a saved page into a new folder, then `ask` answers from it; bad input exits 1.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private const string Page = """
        <!DOCTYPE html><html lang="nl"><head><title>SP over opvang</title><meta property="og:site_name" content="Voorbeeldkrant">
        <link rel="canonical" href="https://voorbeeldkrant.nl/sp-opvang"><script>var tracking = true;</script></head>
        <body><nav><a href="/">Home</a> <a href="/politiek">Politiek</a></nav>
        <article><h1>SP wil kleine opvanglocaties in elke gemeente</h1>
        <p>De SP wil dat asielzoekers worden opgevangen in kleine opvanglocaties verspreid over alle gemeenten, zodat grote noodopvang in sporthallen niet meer nodig is.</p>
        <p>Volgens de partij werkt kleinschalige opvang beter voor de integratie van statushouders in hun nieuwe woonplaats.</p></article>
        <footer>© Voorbeeldkrant</footer></body></html>
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("chatbot-cli-import-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task An_imported_page_is_listed_in_a_new_folder_and_answered_from_with_a_quote_from_its_article()
    {
        var page = Path.Combine(_root, "sp.html");
        await File.WriteAllTextAsync(page, Page);
        var folder = Path.Combine(_root, "docs");

        var imported = await CliRun.RunAsync(["import", page, "--folder", folder, "--date", "2025-10-01"]);
        var asked = await CliRun.RunAsync(["ask", "--json", "wat wil de SP met de opvang van asielzoekers?"], new Dictionary<string, string> { ["Corpus__ExtraFolders__0"] = folder });

        Assert.True(imported.ExitCode == 0, imported.Stderr);
        Assert.StartsWith("Imported sp.html (web page", imported.StdoutLines[0], StringComparison.Ordinal);
        Assert.Contains("  publisher: Voorbeeldkrant (from og:site_name)", imported.StdoutLines);
        Assert.Contains(imported.StdoutLines, l => l.Contains("Corpus__ExtraFolders__0=", StringComparison.Ordinal));
        Assert.True(asked.ExitCode == 0, asked.Stderr);
        using var answer = JsonDocument.Parse(Assert.Single(asked.StdoutLines));
        var citation = answer.RootElement.GetProperty("citations")[0];
        Assert.Equal("sp-wil-kleine-opvanglocaties-in-elke-gemeente.txt", citation.GetProperty("file").GetString());
        Assert.Contains("kleine opvanglocaties", citation.GetProperty("quote").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_exits_1_with_the_reason_and_writes_nothing()
    {
        var file = Path.Combine(_root, "oud.txt");
        await File.WriteAllBytesAsync(file, Encoding.Latin1.GetBytes("Café-programma\n\nDe partij wil één loket voor statushouders.\n"));
        var folder = Path.Combine(_root, "docs");

        var result = await CliRun.RunAsync(["import", file, "--folder", folder, "--publisher", "SP"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.StdoutLines);
        Assert.StartsWith("import: oud.txt is not UTF-8 text", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }
}

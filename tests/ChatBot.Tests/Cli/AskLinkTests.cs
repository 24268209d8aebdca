using System.Text.Json;

namespace ChatBot.Tests.Cli;

/// <summary>`ask` with Web:PublicBaseUrl: each citation links to its source page, in JSON and in the printed reply.</summary>
public sealed class AskLinkTests
{
    private const string Question = "wat vindt BIJ1 van vreemdelingendetentie?";
    private static readonly Dictionary<string, string> PublicBase = new() { ["Web__PublicBaseUrl"] = "https://bot.example.org" };

    [Fact]
    public async Task Ask_json_gives_every_citation_a_link_to_its_source_page_under_the_public_base_url()
    {
        var result = await CliRun.RunAsync(["ask", "--json", Question], PublicBase);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(Assert.Single(result.StdoutLines));
        var citations = json.RootElement.GetProperty("citations").EnumerateArray().ToList();
        Assert.NotEmpty(citations);
        Assert.All(citations, c => Assert.StartsWith(
            $"https://bot.example.org/sources/{c.GetProperty("file").GetString()}?start={c.GetProperty("start").GetInt32()}&end=",
            c.GetProperty("link").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_printed_reply_lists_the_link_of_each_quote()
    {
        var result = await CliRun.RunAsync(["ask", Question], PublicBase);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Open de citaten:", result.StdoutLines);
        Assert.Contains(result.StdoutLines, l => l.StartsWith("[1] BIJ1, ", StringComparison.Ordinal) && l.Contains("https://bot.example.org/sources/", StringComparison.Ordinal));
    }
}

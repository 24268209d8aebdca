using System.Text;
using ChatBot.Import.Tests.Support;

namespace ChatBot.Import.Tests.Html;

/// <summary>A saved news page with navigation, a cookie banner, scripts, share links and a footer around its article.</summary>
public sealed class SavedPageTests : IAsyncLifetime
{
    private readonly Workspace _workspace = new();
    private ImportedDocument _document = null!;
    private string _text = "";

    public async Task InitializeAsync()
    {
        var report = await _workspace.ImportAsync(_workspace.Input("artikel.html", Encoding.UTF8.GetBytes(Fixtures.ArticleHtml)));
        _document = Assert.Single(report.Documents);
        _text = await File.ReadAllTextAsync(_document.Path);
    }

    public Task DisposeAsync()
    {
        _workspace.Dispose();
        return Task.CompletedTask;
    }

    private IReadOnlyList<string> Lines => _text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Theory]
    [InlineData("cookies")]        // the banner
    [InlineData("Binnenland")]     // the navigation
    [InlineData("dataLayer")]      // a script
    [InlineData("cookie-banner")]  // a style
    [InlineData("Deel op")]        // share links
    [InlineData("Kabinet valt")]   // related links beside the article
    [InlineData("Privacy")]        // the page footer
    public void Only_the_article_is_kept(string chrome)
    {
        Assert.DoesNotContain(chrome, _text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Headings_paragraphs_and_list_items_are_one_line_each_and_items_keep_their_lead_in()
    {
        var lines = Lines.ToList();
        Assert.Equal("VVD wil strengere regels voor gezinshereniging", lines[0]);
        Assert.Contains("Wat wil de partij precies?", lines);
        Assert.Contains(lines, l => l.StartsWith("De VVD wil dat vluchtelingen", StringComparison.Ordinal) && l.EndsWith("dinsdag presenteerde.", StringComparison.Ordinal));
        var leadIn = lines.IndexOf("De VVD wil:");
        Assert.Equal("• Gezinshereniging alleen voor het kerngezin, en pas na twee jaar verblijf in Nederland.", lines[leadIn + 1]);
        Assert.Equal("• Een inkomenseis voor wie zijn gezin wil laten overkomen.", lines[leadIn + 2]);
    }

    [Fact]
    public void The_entry_comes_from_the_pages_metadata()
    {
        var entry = _document.Entry;
        Assert.Equal("VVD wil strengere regels voor gezinshereniging", entry.Title);
        Assert.Equal("Voorbeeldnieuws", entry.Publisher);
        Assert.Empty(entry.PartyAliases);
        Assert.Equal("2025-09-03", entry.Date);
        Assert.Equal("https://voorbeeldnieuws.nl/artikel/vvd-gezinshereniging", entry.Url);
        Assert.Equal("web", entry.Format);
        Assert.Empty(_document.Parties.SpeaksFor);
        Assert.Equal(["VVD"], _document.Parties.About);
        Assert.Contains("publisher: Voorbeeldnieuws (from og:site_name)", _document.Notes);
        Assert.Contains("url: https://voorbeeldnieuws.nl/artikel/vvd-gezinshereniging (from <link rel=canonical>)", _document.Notes);
    }
}

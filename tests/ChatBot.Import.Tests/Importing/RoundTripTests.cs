using System.Net;
using System.Text.RegularExpressions;
using ChatBot.Answers.Corpus.Segmentation;
using ChatBot.Answers.Model;
using ChatBot.Import.Tests.Support;

namespace ChatBot.Import.Tests.Importing;

/// <summary>
/// Import → ask the real answer service on the folder holding the import → the quote is verbatim in the imported
/// text → the source page on 127.0.0.1 highlights exactly that text.
/// </summary>
public sealed partial class RoundTripTests : IDisposable
{
    private readonly Workspace _workspace = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public void Dispose()
    {
        _http.Dispose();
        _workspace.Dispose();
    }

    [Fact]
    public async Task A_programme_pdf_answers_with_a_verbatim_quote_that_its_source_page_highlights()
    {
        var report = await _workspace.ImportAsync(_workspace.Input("programma.pdf", Fixtures.ProgrammePdf()), new ImportOptions { Publisher = "Partij voor de Dieren" });

        var citation = await AskAndCheckAsync(report, "Wat vindt de Partij voor de Dieren van kinderen in vreemdelingendetentie?");

        Assert.Equal("PvdD", citation.Publisher);
        Assert.Contains("Kinderen worden nooit meer opgesloten in vreemdelingendetentie.", citation.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_saved_news_page_answers_from_its_article_only_with_a_verbatim_quote_that_its_source_page_highlights()
    {
        var report = await _workspace.ImportAsync(_workspace.Input("artikel.html", System.Text.Encoding.UTF8.GetBytes(Fixtures.ArticleHtml)));

        var citation = await AskAndCheckAsync(report, "Wat wil de VVD met gezinshereniging?");

        Assert.Equal("Voorbeeldnieuws", citation.Publisher);
        Assert.Contains("kerngezin", citation.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_running_bot_picks_an_import_up_through_its_watcher()
    {
        await _workspace.ImportAsync(_workspace.Input("programma.pdf", Fixtures.ProgrammePdf()), new ImportOptions { Publisher = "PvdD" });
        await using var bot = await BotWeb.StartAsync(_workspace.Corpus, watch: true);

        var report = await _workspace.ImportAsync(_workspace.Input("artikel.html", System.Text.Encoding.UTF8.GetBytes(Fixtures.ArticleHtml)));

        // Polled, not timed: the watcher reloads after a quiet half second; the bound only stops a hang.
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!bot.Corpus.Documents.Any(d => d.File == report.Documents[0].Entry.File)) await Task.Delay(100, patience.Token);
        var answer = await bot.Answers.AnswerAsync(AnswerRequest.FromCli("Wat wil de VVD met gezinshereniging?", null), CancellationToken.None);
        Assert.Equal(report.Documents[0].Entry.File, answer.Citations[0].File);
        Assert.Equal(2, bot.Corpus.Documents.Count);
    }

    private async Task<Citation> AskAndCheckAsync(ImportReport report, string question)
    {
        var imported = Assert.Single(report.Documents);
        var text = await File.ReadAllTextAsync(imported.Path);
        await using var bot = await BotWeb.StartAsync(_workspace.Corpus);

        var answer = await bot.Answers.AnswerAsync(AnswerRequest.FromCli(question, null), CancellationToken.None);

        Assert.False(answer.Abstained, $"{answer.AbstainReason}: {answer.Text}");
        var citation = answer.Citations[0];
        Assert.Equal(imported.Entry.File, citation.File);
        // Verbatim: the quote's fragments (joined by " … " where text between them is left out) in order in the
        // imported text between start and end, the first at its start and the last at its end.
        var span = Whitespace.Fold(text.AsSpan(citation.Start, citation.End - citation.Start));
        var fragments = citation.Quote.Split(" … ");
        Assert.StartsWith(fragments[0], span, StringComparison.Ordinal);
        Assert.EndsWith(fragments[^1], span, StringComparison.Ordinal);
        var from = 0;
        foreach (var fragment in fragments)
        {
            from = span.IndexOf(fragment, from, StringComparison.Ordinal);
            Assert.True(from >= 0, $"'{fragment}' is not in the cited text '{span}'");
            from += fragment.Length;
        }

        // The citation's own link opens the source page with exactly those fragments marked.
        Assert.StartsWith(bot.BaseAddress.ToString(), citation.Link, StringComparison.Ordinal);
        var page = await _http.GetStringAsync(new Uri(citation.Link!));
        var marked = Marks().Matches(page).GroupBy(m => m.Groups["fragment"].Value)
            .Select(g => Whitespace.Fold(string.Concat(g.Select(m => WebUtility.HtmlDecode(m.Groups["text"].Value))))).ToList();
        Assert.Equal(fragments, marked);

        // What the new document added, as a moderator sees it on /sources.
        var list = WebUtility.HtmlDecode(await _http.GetStringAsync(new Uri(bot.BaseAddress, "sources")));
        Assert.Contains(imported.Parties.Describe(Language.En), list, StringComparison.Ordinal);
        return citation;
    }

    [GeneratedRegex("<mark[^>]*data-fragment=\"(?<fragment>\\d+)\"[^>]*>(?<text>.*?)</mark>", RegexOptions.Singleline)]
    private static partial Regex Marks();
}

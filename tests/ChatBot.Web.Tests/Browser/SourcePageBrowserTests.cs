using System.Diagnostics;
using System.Text.Json.Nodes;
using ChatBot.Answers.Answering;
using ChatBot.Answers.Corpus;
using ChatBot.Answers.Corpus.Segmentation;
using ChatBot.Answers.Model;
using ChatBot.Web.Tests.Support;
using Xunit.Abstractions;

namespace ChatBot.Web.Tests.Browser;

/// <summary>Source pages in headless Chromium at phone size, reached through the links citations carry.</summary>
public sealed class SourcePageBrowserTests(ITestOutputHelper output)
{
    private static readonly (byte R, byte G, byte B) MarkColour = (0xff, 0xe0, 0x66);

    [ChromiumFact]
    public async Task A_cited_quote_opens_on_its_source_page_highlighted_and_scrolled_into_view()
    {
        var ct = TestTimeout.Token;
        await using var web = await WebHost.StartAsync();
        var answer = await web.Answers.AnswerAsync(AnswerRequest.FromCli("wat vindt BIJ1 van vreemdelingendetentie?", null), ct);
        Assert.NotEmpty(answer.Citations);
        var watch = Stopwatch.StartNew();
        await using var browser = await Chromium.LaunchAsync(ct);
        output.WriteLine($"Chromium started in {watch.ElapsedMilliseconds} ms");

        foreach (var citation in answer.Citations)
        {
            Assert.StartsWith(web.BaseAddress + "sources/", citation.Link, StringComparison.Ordinal);
            watch.Restart();
            await browser.NavigateAsync(new Uri(citation.Link!), ct);
            output.WriteLine($"{citation.Link} loaded in {watch.ElapsedMilliseconds} ms");

            Assert.Equal(citation.Quote, (await browser.EvaluateAsync(PageScripts.MarkedText, ct))!.GetValue<string>());
            var box = (await browser.EvaluateAsync(PageScripts.FirstMarkBox, ct))!;
            Assert.InRange(Number(box, "top"), 0, Number(box, "height"));
            Assert.InRange(Number(box, "left"), 0, Number(box, "width"));
            Assert.InRange(Number(box, "right"), 0, Number(box, "width"));
        }

        // The first quote once more, as a person sees it: the highlight colour fills part of the visible screen.
        await browser.NavigateAsync(new Uri(answer.Citations[0].Link!), ct);
        var png = await browser.ScreenshotAsync(ct);
        var (width, height, marked) = PngPixels.Count(png, MarkColour, tolerance: 6);
        Directory.CreateDirectory(RepoPaths.Artifacts);
        var path = Path.Combine(RepoPaths.Artifacts, "source-page.png");
        await File.WriteAllBytesAsync(path, png, ct);
        output.WriteLine($"screenshot {width}x{height}, {marked} highlighted pixels: {path}");
        Assert.Equal(Chromium.Width * 2, width);
        Assert.True(marked > width * 20, $"the screenshot shows only {marked} highlighted pixels");
    }

    [ChromiumFact]
    public async Task A_span_link_without_its_anchor_still_scrolls_the_highlight_into_view()
    {
        var ct = TestTimeout.Token;
        await using var web = await WebHost.StartAsync();
        // A sentence far down a long document, so the page must scroll to show it.
        var passage = web.Corpus.Passages.Last(p => p.Document == web.Corpus.Documents[0] && p.Sentences.Count > 0);
        var citation = QuoteBuilder.Build(passage, [0]);
        var link = web.Links.For(citation)!;
        await using var browser = await Chromium.LaunchAsync(ct);

        await browser.NavigateAsync(new Uri(link[..link.IndexOf('#', StringComparison.Ordinal)]), ct);

        Assert.Equal(citation.Quote, (await browser.EvaluateAsync(PageScripts.MarkedText, ct))!.GetValue<string>());
        var box = (await browser.EvaluateAsync(PageScripts.FirstMarkBox, ct))!;
        Assert.True(Number(box, "scrolled") > 0, "the page did not scroll");
        Assert.InRange(Number(box, "top"), 0, Number(box, "height"));
    }

    [ChromiumFact]
    public async Task Each_fragment_of_a_quote_joined_by_an_ellipsis_is_highlighted_on_its_own()
    {
        var ct = TestTimeout.Token;
        await using var web = await WebHost.StartAsync();
        // The first and third sentence of a passage: the second lies between them and is left out of the quote.
        var passage = web.Corpus.Passages.First(p => p.Sentences.Count >= 3 && p.Document.Format == TextFormat.Web);
        var citation = QuoteBuilder.Build(passage, [0, 2]);
        var link = web.Links.For(citation)!;
        Assert.Contains(QuoteBuilder.Gap, citation.Quote, StringComparison.Ordinal);
        await using var browser = await Chromium.LaunchAsync(ct);

        await browser.NavigateAsync(new Uri(link), ct);

        Assert.Equal(citation.Quote, (await browser.EvaluateAsync(PageScripts.MarkedText, ct))!.GetValue<string>());
        Assert.Equal(2, (await browser.EvaluateAsync("new Set([...document.querySelectorAll('mark')].map(m => m.dataset.fragment)).size", ct))!.GetValue<int>());
        var skipped = Whitespace.Fold(passage.Document.Text.AsSpan(passage.Sentences[1].Start, passage.Sentences[1].End - passage.Sentences[1].Start));
        Assert.DoesNotContain(skipped, (await browser.EvaluateAsync(PageScripts.MarkedText, ct))!.GetValue<string>(), StringComparison.Ordinal);
        var box = (await browser.EvaluateAsync(PageScripts.FirstMarkBox, ct))!;
        Assert.InRange(Number(box, "top"), 0, Number(box, "height"));
    }

    [ChromiumFact]
    public async Task Markup_and_script_inside_a_document_render_as_text()
    {
        var ct = TestTimeout.Token;
        const string text = """
            Testpartij wil dat asielzoekers worden opgevangen in kleine gemeenten <script>document.body.dataset.pwned = 'script'</script> dicht bij werk.
            De <b>opvang</b> van vluchtelingen & gezinshereniging <img src=x onerror="document.body.dataset.pwned = 'img'"> blijven geregeld.

            """;
        using var corpus = new TempCorpus(text);
        await using var web = await WebHost.StartAsync(corpus.Folder);
        await using var browser = await Chromium.LaunchAsync(ct);

        await browser.NavigateAsync(new Uri(web.BaseAddress, $"sources/{TempCorpus.File}?start=0&end=60"), ct);

        Assert.Null(await browser.EvaluateAsync("document.body.dataset.pwned ?? null", ct));
        Assert.Equal(0, (await browser.EvaluateAsync("document.querySelectorAll('script, b, img').length", ct))!.GetValue<int>());
        var shown = (await browser.EvaluateAsync("document.querySelector('main').textContent", ct))!.GetValue<string>();
        Assert.Contains("<script>document.body.dataset.pwned = 'script'</script>", shown, StringComparison.Ordinal);
        Assert.Contains("<b>opvang</b>", shown, StringComparison.Ordinal);
        Assert.Equal("Asiel & <migratie>", (await browser.EvaluateAsync("document.querySelector('h1').textContent", ct))!.GetValue<string>());
    }

    private static double Number(JsonNode box, string name) => box[name]!.GetValue<double>();
}

using ChatBot.Answers.Model;
using ChatBot.Telegram.Rendering;
using ChatBot.Telegram.Tests.FakeBotApi;
using ChatBot.Telegram.Tests.Fakes;

namespace ChatBot.Telegram.Tests.Rendering;

public sealed class AnswerHtmlRendererTests
{
    private readonly AnswerHtmlRenderer _renderer = new(expandableQuoteLength: 300);

    [Fact]
    public void Quotes_become_blockquotes_with_publisher_title_date_and_section_under_each()
    {
        var page = Assert.Single(_renderer.Render(AnswerWith([new SourceAnswer("VVD", [FakeAnswerService.Quote("VVD", 120)])])));

        var parsed = Parse(page);
        var quote = Assert.Single(parsed.Entities, e => e.Type == "blockquote");
        Assert.StartsWith("Gezinshereniging wordt beperkt tot het kerngezin & de wachttijd is < 2 jaar", parsed.Text[quote.Offset..]);
        var after = parsed.Text[(quote.Offset + quote.Length)..];
        Assert.StartsWith("— VVD, Verkiezingsprogramma VVD 2025–2029, 2025-08-30, § 3.2 Asiel & migratie", after);
        Assert.Contains(parsed.Entities, e => e.Type == "text_link" && e.Url == "https://example.org/programma?a=1&b=2");
        Assert.Contains("Modus: extractief", parsed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reporters_quote_about_a_party_names_the_reporter_before_the_quote()
    {
        var quote = FakeAnswerService.Quote("NOS", 120) with { Subjects = ["PvdD"], Date = "2021-03" };

        var parsed = Parse(Assert.Single(_renderer.Render(AnswerWith([new SourceAnswer("PvdD", [quote])]))));

        var block = Assert.Single(parsed.Entities, e => e.Type == "blockquote");
        Assert.EndsWith("Volgens NOS (2021-03) over PvdD:\n", parsed.Text[..block.Offset], StringComparison.Ordinal);
    }

    [Fact]
    public void A_partys_own_quote_has_no_reporter_line()
    {
        var parsed = Parse(Assert.Single(_renderer.Render(AnswerWith([new SourceAnswer("VVD", [FakeAnswerService.Quote("VVD", 120)])]))));

        Assert.DoesNotContain("Volgens", parsed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_citation_links_to_the_quoted_passage_when_the_citation_has_a_link()
    {
        const string link = "https://bot.example.org/sources/000_vvd.txt?start=10&end=130#q";
        var quote = FakeAnswerService.Quote("VVD", 120) with { Link = link };

        var parsed = Parse(Assert.Single(_renderer.Render(AnswerWith([new SourceAnswer("VVD", [quote])]))));

        var anchor = Assert.Single(parsed.Entities, e => e.Type == "text_link");
        Assert.Equal(link, anchor.Url);
        Assert.StartsWith("VVD, Verkiezingsprogramma VVD 2025–2029", parsed.Text[anchor.Offset..], StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_fragment_link_keeps_its_percent_encoded_delimiters()
    {
        const string link = "https://example.org/programma/#:~:text=Asiel%2Dopvang%2C%20werk%20%26%20wonen,en%20werkt";
        var quote = FakeAnswerService.Quote("VVD", 120) with { Link = link };

        var parsed = Parse(Assert.Single(_renderer.Render(AnswerWith([new SourceAnswer("VVD", [quote])]))));

        Assert.Equal(link, Assert.Single(parsed.Entities, e => e.Type == "text_link").Url);
    }

    [Fact]
    public void Long_quotes_are_expandable_and_the_llm_mode_is_named()
    {
        var answer = AnswerWith([new SourceAnswer("BIJ1", [FakeAnswerService.Quote("BIJ1", 900)])]) with { Mode = AnswerMode.Llm, Language = Language.En };

        var parsed = Parse(Assert.Single(_renderer.Render(answer)));

        Assert.Contains(parsed.Entities, e => e.Type == "expandable_blockquote");
        Assert.Contains("Mode: llm", parsed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Very_long_answers_are_split_into_valid_pages_of_at_most_4096_characters_without_losing_quote_text()
    {
        var sources = Enumerable.Range(1, 12)
            .Select(i => new SourceAnswer($"Partij {i}", [.. Enumerable.Range(0, 3).Select(q => FakeAnswerService.Quote($"Partij {i}", 700, q))]))
            .ToList();
        // One quote longer than a whole message must be cut between blockquotes, not inside a tag or entity.
        sources.Add(new SourceAnswer("Reus", [FakeAnswerService.Quote("Reus", 9000)]));
        var answer = AnswerWith(sources);

        var pages = _renderer.Render(answer);

        Assert.True(pages.Count > 3);
        var texts = pages.Select(Parse).ToList();
        Assert.All(pages, p => Assert.True(p.Length <= 4096, $"page of {p.Length}"));
        Assert.All(texts.Select((t, i) => (t, i)), x => Assert.Contains($"({x.i + 1}/{pages.Count})", x.t.Text, StringComparison.Ordinal));
        var allText = string.Concat(texts.Select(t => t.Text));
        Assert.All(Enumerable.Range(1, 12), i => Assert.Contains($"Verkiezingsprogramma Partij {i} 2025–2029", allText, StringComparison.Ordinal));
        var giant = string.Concat(texts.SelectMany(t => t.Entities.Where(e => e.Type.EndsWith("blockquote", StringComparison.Ordinal)).Select(e => t.Text.Substring(e.Offset, e.Length))));
        Assert.Contains(FakeAnswerService.Quote("Reus", 9000).Quote, giant, StringComparison.Ordinal);
    }

    [Fact]
    public void Abstained_answers_show_the_reason_escaped()
    {
        var answer = AnswerWith([]) with { Abstained = true, Summary = "Over <b>dit</b> & dat zeggen de bronnen niets.", Text = "Over <b>dit</b> & dat zeggen de bronnen niets." };

        var parsed = Parse(Assert.Single(_renderer.Render(answer)));

        Assert.Contains("Over <b>dit</b> & dat zeggen de bronnen niets.", parsed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(parsed.Entities, e => e.Type == "blockquote");
    }

    [Fact]
    public void Check_answers_show_the_verdict()
    {
        var answer = AnswerWith([new SourceAnswer("VVD", [FakeAnswerService.Quote("VVD", 100)])]) with { Kind = QuestionKind.Check, Verdict = Verdict.Contradicted };

        Assert.Contains("Oordeel: tegengesproken door de bronnen", Parse(_renderer.Render(answer)[0]).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<b>", "&lt;b&gt;")]
    [InlineData("a & b", "a &amp; b")]
    [InlineData("\"quoted\" é", "&quot;quoted&quot; é")]
    public void Escaping_covers_exactly_the_characters_Telegram_html_needs(string raw, string escaped) =>
        Assert.Equal(escaped, TelegramHtml.Escape(raw));

    [Fact]
    public void Only_http_links_become_anchors() =>
        Assert.Equal("javascript:alert(1)", TelegramHtml.Link("javascript:alert(1)", "javascript:alert(1)"));

    private static ParsedHtml Parse(string html)
    {
        var parsed = TelegramHtmlParser.Parse(html, out var error);
        Assert.Null(error);
        Assert.True(parsed.Text.Length <= 4096);
        return parsed;
    }

    private static Answer AnswerWith(IReadOnlyList<SourceAnswer> sources) => new()
    {
        AnswerId = AnswerId.New(),
        Question = "Wat zeggen partijen over gezinshereniging?",
        Language = Language.Nl,
        Kind = QuestionKind.Position,
        Abstained = false,
        Summary = "Wat de partijen zeggen:",
        Text = "Wat de partijen zeggen: …",
        Sources = sources,
    };
}

using ChatBot.Answers.Answering;
using ChatBot.Answers.Corpus;
using ChatBot.Answers.Corpus.Segmentation;
using ChatBot.Answers.Model;
using ChatBot.Web.Links;
using ChatBot.Web.Tests.Support;

namespace ChatBot.Web.Tests.Links;

public sealed class CitationLinkTests
{
    private static readonly string[] Questions =
    [
        "wat vindt BIJ1 van vreemdelingendetentie?",
        "BIJ1 wil Frontex afschaffen",
        "what does BIJ1 say about the causes of flight?",
        "wat zegt vluchtelingenwerk over opvang van kinderen?",
    ];

    [Fact]
    public async Task With_a_public_base_url_every_citation_links_to_its_source_page_with_each_fragment_as_a_span()
    {
        await using var web = await WebHost.StartAsync();
        var passage = web.Corpus.Passages.First(p => p.Sentences.Count >= 3);
        var citation = QuoteBuilder.Build(passage, [0, 2]);

        var link = web.Links.For(citation);

        var first = passage.Sentences[0];
        var third = passage.Sentences[2];
        Assert.Equal($"{web.BaseAddress}sources/{passage.Document.File}?start={first.Start}&end={first.End}&start={third.Start}&end={third.End}#q", link);
    }

    [Fact]
    public async Task Answers_carry_a_link_in_every_citation()
    {
        await using var web = await WebHost.StartAsync();

        var answer = await web.Answers.AnswerAsync(AnswerRequest.FromCli(Questions[0], null), CancellationToken.None);

        Assert.NotEmpty(answer.Citations);
        Assert.All(answer.Citations, c => Assert.StartsWith($"{web.BaseAddress}sources/{c.File}?start={c.Start}&end=", c.Link, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_public_base_url_a_web_page_gets_a_text_fragment_link_whose_start_and_end_words_occur_in_order()
    {
        await using var web = await WebHost.StartAsync(publicBaseUrl: false);
        var checkedLinks = 0;

        foreach (var question in Questions)
        {
            var answer = await web.Answers.AnswerAsync(AnswerRequest.FromCli(question, null), CancellationToken.None);
            foreach (var citation in answer.Citations)
            {
                var document = web.Corpus.Documents.Single(d => d.File == citation.File);
                if (document.Format == TextFormat.Pdf)
                {
                    Assert.Null(citation.Link);
                    continue;
                }

                Assert.StartsWith(citation.Url + "#:~:text=", citation.Link, StringComparison.Ordinal);
                var (start, end) = TextFragmentLink.Parse(citation.Link!)!.Value;
                var text = Whitespace.Fold(document.Text);
                var at = text.IndexOf(start, StringComparison.Ordinal);
                Assert.True(at >= 0, $"'{start}' is not in {document.File}");
                if (end is not null)
                {
                    Assert.True(text.IndexOf(end, at + start.Length, StringComparison.Ordinal) > at, $"'{end}' does not follow '{start}' in {document.File}");
                }

                checkedLinks++;
            }
        }

        Assert.True(checkedLinks >= 3, $"only {checkedLinks} text-fragment links were checked");
    }

    [Fact]
    public void Text_directive_terms_percent_encode_dash_comma_and_ampersand()
    {
        var link = TextFragmentLink.Build("https://example.org/programma/#top", "Asiel-opvang, werk & wonen voor iedereen die hier woont en werkt, zonder uitzondering");

        Assert.Equal("https://example.org/programma/#:~:text=Asiel%2Dopvang%2C%20werk%20%26%20wonen,en%20werkt%2C%20zonder%20uitzondering", link);
        Assert.Equal(("Asiel-opvang, werk & wonen", "en werkt, zonder uitzondering"), TextFragmentLink.Parse(link));
    }

    [Fact]
    public void A_short_quote_is_matched_whole()
    {
        var link = TextFragmentLink.Build("https://example.org/p", "Niemand wordt opgesloten.");

        Assert.Equal("https://example.org/p#:~:text=Niemand%20wordt%20opgesloten.", link);
    }

    [Fact]
    public void Fragments_are_found_whitespace_insensitively_in_order()
    {
        const string text = "Eerste zin staat hier.\n12\nTweede   zin\nloopt door. Derde zin.";

        var spans = QuoteSpans.Locate(text, 0, 50, "Eerste zin staat hier. … Tweede zin loopt door.");

        Assert.Equal([new TextSpan(0, 22), new TextSpan(26, 50)], spans);
    }
}

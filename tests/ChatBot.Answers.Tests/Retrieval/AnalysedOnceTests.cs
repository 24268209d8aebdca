using ChatBot.Answers.Model;
using ChatBot.Answers.Retrieval;
using ChatBot.Answers.Tests.Support;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ChatBot.Answers.Tests.Retrieval;

/// <summary>
/// The index analyses each passage once and shares the tokens out to its sentences by offset: every sentence must
/// get exactly the terms an analysis of that sentence alone yields, and the heading exactly the rest.
/// </summary>
[Collection(SeedCorpusCollection.Name)]
public sealed class AnalysedOnceTests(SeedCorpusFixture seeds)
{
    [Fact]
    public void Each_sentence_has_the_terms_of_its_own_text()
    {
        var analysis = seeds.Snapshot.Index.Analysis;
        foreach (var indexed in seeds.Snapshot.Index.Passages)
        {
            var passage = indexed.Passage;
            var language = passage.Document.Info.Language;
            var field = TextAnalysis.Field(language) + ":";
            for (var i = 0; i < passage.Sentences.Count; i++)
            {
                var text = string.Join(' ', passage.Sentences[i].Pieces.Select(p => passage.Document.Text[p.Start..p.End]));
                var expected = analysis.Terms(language, text).Select(t => field + t).ToHashSet(StringComparer.Ordinal);
                Assert.True(expected.SetEquals(indexed.SentenceTerms[i]),
                    $"{passage.Document.File} passage {passage.Id} sentence {i}: expected [{string.Join(' ', expected.Order())}], got [{string.Join(' ', indexed.SentenceTerms[i].Order())}]");
            }
        }
    }

    [Theory]
    [InlineData(Language.Nl, "De vreemdelingenbewaring van asielzoekers en kinderen, het kinderpardon; café’s en naïeve ideeën.")]
    [InlineData(Language.En, "The asylum seekers' children and the EU-Turkey deal's detention centres.")]
    public void Words_worked_out_once_give_the_tokens_of_the_plain_chain(Language language, string text)
    {
        var analysis = seeds.Snapshot.Index.Analysis;
        foreach (var sample in seeds.Snapshot.Documents.Where(d => d.Info.Language == language).Select(d => d.Text).Append(text))
        {
            // Twice: the second time every word comes from the cache.
            Assert.Equal(Tokens(analysis.Direct(language), sample), Tokens(analysis.For(language), sample));
            Assert.Equal(Tokens(analysis.Direct(language), sample), Tokens(analysis.For(language), sample));
        }
    }

    private static List<(string Term, int Increment)> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream("f", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add((term.ToString(), increment.PositionIncrement));
        stream.End();
        return tokens;
    }

    [Fact]
    public void A_passage_has_its_sentences_terms_and_its_headings_as_context()
    {
        var analysis = seeds.Snapshot.Index.Analysis;
        var firsts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var indexed in seeds.Snapshot.Index.Passages)
        {
            var passage = indexed.Passage;
            var language = passage.Document.Info.Language;
            var field = TextAnalysis.Field(language) + ":";
            var context = firsts.Add(passage.Document.File) ? passage.Section + " " + passage.Document.Info.Title : passage.Section;
            var union = indexed.SentenceTerms.SelectMany(s => s).ToHashSet(StringComparer.Ordinal);
            var expectedContext = analysis.Terms(language, context).Select(t => field + t).Where(t => !union.Contains(t)).ToHashSet(StringComparer.Ordinal);

            Assert.True(expectedContext.SetEquals(indexed.ContextTerms), $"{passage.Document.File} passage {passage.Id}: context terms differ");
            Assert.True(union.Concat(expectedContext).ToHashSet(StringComparer.Ordinal).SetEquals(indexed.Terms), $"{passage.Document.File} passage {passage.Id}: terms differ");
            Assert.All(indexed.Terms, t => Assert.Contains(t, indexed.Terms));
            Assert.DoesNotContain("nl:zzzz-nowhere", indexed.Terms);
        }
    }
}

using ChatBot.Answers.Model;
using ChatBot.Answers.Tests.Support;
using Xunit.Abstractions;

namespace ChatBot.Answers.Tests.Answering;

/// <summary>
/// The dev score, measured the way /work/shared/eval/score.py does it, must not fall below a floor. The lead raises
/// the floors as retrieval improves.
/// </summary>
[Collection(SeedCorpusCollection.Name)]
public sealed class DevScoreFloorTests(SeedCorpusFixture seeds, ITestOutputHelper output)
{
    public const double MinRecall = 0.90;
    public const double MinAbstain = 0.85;
    private const int Top = 6;
    private const int Near = 150;

    [DevSetFact]
    public async Task Dev_recall_and_abstain_rate_stay_above_their_floors()
    {
        // Arrange
        var cases = DevSet.Load();
        var folded = seeds.Snapshot.Documents.ToDictionary(d => d.File, d => Folding.Fold(d.Text).ToLowerInvariant(), StringComparer.Ordinal);
        int answerable = 0, recalled = 0, abstainCases = 0, abstained = 0;
        var misses = new List<string>();

        // Act
        foreach (var devCase in cases)
        {
            var answer = await seeds.Service.AnswerAsync(AnswerRequest.FromCli(devCase.Question), CancellationToken.None);
            if (devCase.Expect.Count > 0)
            {
                answerable++;
                var top = answer.Citations.Take(Top).ToList();
                var hit = !answer.Abstained && devCase.Expect.All(e => Hits(folded, top, e));
                recalled += hit ? 1 : 0;
                if (!hit) misses.Add($"{devCase.Id} missed{(answer.Abstained ? " (abstained)" : "")}: {devCase.Question}");
            }
            else
            {
                abstainCases++;
                var ok = answer.Abstained || devCase.Verdict == "not_in_sources" && answer.Verdict == Verdict.NotInSources;
                abstained += ok ? 1 : 0;
                if (!ok) misses.Add($"{devCase.Id} answered where it should abstain: {devCase.Question}");
            }
        }

        var recall = (double)recalled / answerable;
        var abstainRate = (double)abstained / abstainCases;
        output.WriteLine($"recall={recall:F3} ({recalled}/{answerable}) abstain={abstainRate:F3} ({abstained}/{abstainCases})");
        misses.ForEach(output.WriteLine);

        // Assert
        Assert.True(recall >= MinRecall, $"recall {recall:F3} < {MinRecall}");
        Assert.True(abstainRate >= MinAbstain, $"abstain {abstainRate:F3} < {MinAbstain}");
    }

    /// <summary>score.py's "near": a cited quote of the expected document at or within 150 characters of a must_contain string.</summary>
    private static bool Hits(Dictionary<string, string> folded, IReadOnlyList<Citation> citations, DevExpectation expectation)
    {
        var wanted = expectation.MustContain.Select(m => Folding.Fold(m).ToLowerInvariant()).Where(m => m.Length > 0).ToList();
        foreach (var c in citations.Where(c => c.File.StartsWith(expectation.Doc, StringComparison.Ordinal) && folded.ContainsKey(c.File)))
        {
            var hay = folded[c.File];
            var quote = Folding.Fold(c.Quote).ToLowerInvariant();
            if (wanted.Any(w => quote.Contains(w, StringComparison.Ordinal)))
            {
                return true;
            }

            var quoteSpans = Folding.Fragments(c.Quote).Select(f => f.ToLowerInvariant())
                .SelectMany(f => Folding.IndexesOf(hay, f).Select(i => (Start: i, End: i + f.Length))).ToList();
            foreach (var w in wanted)
            {
                foreach (var ks in Folding.IndexesOf(hay, w))
                {
                    var ke = ks + w.Length;
                    if (quoteSpans.Any(q => q.Start < ke + Near && ks - Near < q.End))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}

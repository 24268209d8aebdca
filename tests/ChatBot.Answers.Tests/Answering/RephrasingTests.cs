using Xunit.Abstractions;
using ChatBot.Answers.Model;
using ChatBot.Answers.Tests.Support;

namespace ChatBot.Answers.Tests.Answering;

/// <summary>
/// Metamorphic: a rephrasing that keeps the meaning (case, accents, chat filler, a typo, a glued word) keeps the answer.
/// For every dev question the engine answers (dev, and dev2 and dev4 where ../shared/eval has them), the rephrasings
/// must cite the same first source document.
/// </summary>
[Collection(SeedCorpusCollection.Name)]
public sealed class RephrasingTests(SeedCorpusFixture seeds, ITestOutputHelper output)
{
    [Theory]
    [InlineData(7)]
    [InlineData(2026)]
    public async Task A_rephrasing_that_keeps_the_meaning_cites_the_same_first_source(int seed)
    {
        // Arrange
        var random = new Random(seed);
        var names = seeds.Snapshot.Lexicon.Parties.QuestionNames.SelectMany(n => n.Words)
            .Concat(seeds.Snapshot.Aliases.SelectMany(a => a.Words)).ToHashSet(StringComparer.Ordinal);
        int total = 0, kept = 0;
        var changed = new List<string>();

        foreach (var dev in DevSet.LoadAll())
        {
            var original = await seeds.Service.AnswerAsync(AnswerRequest.FromCli(dev.Question), CancellationToken.None);
            if (original.Abstained || original.Citations.Count == 0) continue;
            var dutch = original.Language == Language.Nl;
            foreach (var (kind, text) in Rephrasings.Of(dev.Question, dutch, names, random))
            {
                // Act
                var variant = await seeds.Service.AnswerAsync(AnswerRequest.FromCli(text), CancellationToken.None);

                // Assert (collected: the share must hold, and every change is reported)
                total++;
                if (!variant.Abstained && variant.Citations.Count > 0 && variant.Citations[0].File == original.Citations[0].File) kept++;
                else changed.Add($"{dev.Id}~{kind}: {text}");
            }
        }

        output.WriteLine($"{kept} of {total} rephrasings kept the first source");
        foreach (var line in changed) output.WriteLine(line);
        Assert.True(kept >= 0.95 * total, $"{kept} of {total} rephrasings kept the first source; changed:\n{string.Join("\n", changed)}");
    }
}

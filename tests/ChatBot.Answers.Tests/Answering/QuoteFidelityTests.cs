using ChatBot.Answers.Model;
using ChatBot.Answers.Tests.Support;

namespace ChatBot.Answers.Tests.Answering;

/// <summary>Every quote the real service gives on the dev questions is the cited file's text at the cited offsets.</summary>
[Collection(SeedCorpusCollection.Name)]
public sealed class QuoteFidelityTests(SeedCorpusFixture seeds)
{
    public static TheoryData<string> DevIds() => DevSet.Ids();

    [Fact]
    public void All_39_dev_questions_are_available()
    {
        // Arrange / Act
        var cases = DevSet.Load();

        // Assert
        Assert.Equal(39, cases.Count);
        Assert.Equal(cases.Count, cases.Select(c => c.Id).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(DevIds))]
    public async Task Every_citation_of_a_dev_answer_is_verbatim_between_its_offsets(string id)
    {
        // Arrange
        var question = DevSet.Case(id).Question;
        var manifest = seeds.Snapshot.Documents.ToDictionary(d => d.File, StringComparer.Ordinal);

        // Act
        var answer = await seeds.Service.AnswerAsync(AnswerRequest.FromCli(question), CancellationToken.None);

        // Assert
        Assert.False(string.IsNullOrWhiteSpace(answer.Text), "every answer has a reply text");
        foreach (var c in answer.Citations)
        {
            Assert.True(manifest.TryGetValue(c.File, out var document), $"{c.File} is not in the manifest");
            Assert.Equal(document.Info.Publisher, c.Publisher);
            Assert.Equal(document.Info.Title, c.Title);
            Assert.False(string.IsNullOrWhiteSpace(c.Publisher));
            Assert.False(string.IsNullOrWhiteSpace(c.Title));
            Assert.False(string.IsNullOrWhiteSpace(c.Section), $"{c.File} [{c.Start},{c.End}) has no section");
            Assert.InRange(c.Start, 0, document.Text.Length - 1);
            Assert.InRange(c.End, c.Start + 1, document.Text.Length);

            var span = Folding.Fold(document.Text[c.Start..c.End]);
            var fragments = c.Quote.Split(" … ", StringSplitOptions.None).Select(Folding.Fold).ToList();
            Assert.DoesNotContain("", fragments);
            Assert.StartsWith(fragments[0], span, StringComparison.Ordinal);
            Assert.EndsWith(fragments[^1], span, StringComparison.Ordinal);
            var from = 0;
            foreach (var fragment in fragments)
            {
                var at = span.IndexOf(fragment, from, StringComparison.Ordinal);
                Assert.True(at >= 0, $"{c.File} [{c.Start},{c.End}): fragment '{fragment}' is not in the cited span (in order)");
                from = at + fragment.Length;
            }
        }
    }

    [Theory]
    [MemberData(nameof(DevIds))]
    public async Task An_abstained_dev_answer_cites_nothing_and_an_answered_one_cites_something(string id)
    {
        // Arrange
        var question = DevSet.Case(id).Question;

        // Act
        var answer = await seeds.Service.AnswerAsync(AnswerRequest.FromCli(question), CancellationToken.None);

        // Assert
        if (answer.Abstained)
        {
            Assert.NotNull(answer.AbstainReason);
            Assert.Empty(answer.Citations);
        }
        else
        {
            Assert.Null(answer.AbstainReason);
            Assert.NotEmpty(answer.Citations);
            Assert.All(answer.Sources, s => Assert.InRange(s.Quotes.Count, 1, 3));
        }
    }
}

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
            Assert.Empty(CitationCheck.Problems(c, document));
        }
    }

    [Fact]
    public async Task The_citation_check_catches_a_shifted_offset_and_an_altered_word()
    {
        // Arrange: a real citation, then two corruptions of it.
        var answer = await seeds.Service.AnswerAsync(AnswerRequest.FromCli("hoe kijkt de pvda naar de bed-bad-broodregeling?"), CancellationToken.None);
        var good = answer.Citations[0];
        var document = seeds.Snapshot.Documents.Single(d => d.File == good.File);

        // Act
        var shifted = CitationCheck.Problems(good with { Start = good.Start + 1 }, document);
        var altered = CitationCheck.Problems(good with { Quote = good.Quote.Replace(' ', '_') }, document);

        // Assert
        Assert.Empty(CitationCheck.Problems(good, document));
        Assert.NotEmpty(shifted);
        Assert.NotEmpty(altered);
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

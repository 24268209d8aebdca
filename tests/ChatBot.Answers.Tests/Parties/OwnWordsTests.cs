using ChatBot.Answers.Model;

namespace ChatBot.Answers.Tests.Parties;

/// <summary>A party's own document asked for, where the corpus holds only others' reports about it.</summary>
[Collection(MultiPartyCollection.Name)]
public sealed class OwnWordsTests(MultiPartyCorpus corpus)
{
    [Theory]
    [InlineData("wat staat er op de website van BBB zelf over asielaanvragen?")]
    [InlineData("what does the JA21 programme itself say about an asylum quota?")]
    public async Task A_party_s_own_page_is_not_stood_in_for_by_a_report_about_it(string question)
    {
        // Act
        var answer = await corpus.Service.AnswerAsync(AnswerRequest.FromCli(question), CancellationToken.None);

        // Assert
        Assert.True(answer.Abstained, answer.Text);
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public async Task Without_asking_for_its_own_page_the_report_about_the_party_answers()
    {
        // Act
        var answer = await corpus.Service.AnswerAsync(AnswerRequest.FromCli("wat wil JA21 met een asielquotum?"), CancellationToken.None);

        // Assert
        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains(answer.Citations, c => c.File == "301_news.txt");
    }
}

using ChatBot.Answers.Answering;
using ChatBot.Answers.Model;
using ChatBot.Answers.Tests.Support;

namespace ChatBot.Answers.Tests.Answering;

/// <summary>
/// Kinds of question the engine must hold on however they are phrased: a misspelt verb, chat shorthand, a comparison of
/// several sources, a stated number the sources lack, "how many" and "when". Phrasings here are not in the dev sets.
/// </summary>
[Collection(SeedCorpusCollection.Name)]
public sealed class QuestionKindTests(SeedCorpusFixture seeds)
{
    private Task<Answer> AskAsync(string question) => seeds.Service.AnswerAsync(AnswerRequest.FromCli(question), CancellationToken.None);

    [Theory]
    [InlineData("wat vindt bij1 van vreemdelingendetentie?", "wat vind bij1 van vreemdelingendetentie?")]
    [InlineData("wat vindt bij1 van vreemdelingendetentie?", "wat vint bij1 vd vreemdelingendetentie")]
    [InlineData("what does bij1 want with immigration detention?", "wat does bij1 want w/ immigration detention rn??")]
    public async Task A_misspelt_verb_or_chat_shorthand_finds_what_the_plain_question_finds(string plain, string chat)
    {
        // Act
        var expected = await AskAsync(plain);
        var actual = await AskAsync(chat);

        // Assert
        Assert.False(expected.Abstained);
        Assert.False(actual.Abstained);
        Assert.Contains(actual.Citations, c => expected.Citations.Any(e => e.File == c.File && e.Start == c.Start));
    }

    [Fact]
    public async Task A_comparison_of_three_sources_quotes_each_of_them()
    {
        // Act
        var answer = await AskAsync("rechtsbijstand voor asielzoekers: bij1 vs vluchtelingenwerk vs het kabinet?");

        // Assert
        Assert.Equal(QuestionKind.Compare, answer.Kind);
        Assert.False(answer.Abstained);
        Assert.Equal(["BIJ1", "D66, VVD en CDA (coalitieakkoord)", "VluchtelingenWerk Nederland"],
            answer.Sources.Select(s => s.Publisher).Order(StringComparer.Ordinal));
        Assert.True(answer.Citations.Count <= 6, "a three-way comparison shares six quotes");
    }

    [Theory]
    [InlineData("het kabinet wil maximaal 12.500 asielzoekers per jaar toelaten")]
    [InlineData("bij1 wil 40% meer geld voor het COA")]
    public async Task A_claim_with_a_number_the_sources_lack_is_not_in_the_sources(string claim)
    {
        // Act
        var answer = await AskAsync(claim);

        // Assert
        Assert.Equal(Verdict.NotInSources, answer.Verdict);
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public async Task A_how_many_question_is_answered_by_the_sentence_that_has_the_number()
    {
        // Act
        var answer = await AskAsync("how many children could stay thanks to the 2013 kinderpardon?");

        // Assert
        Assert.False(answer.Abstained);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("900", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("hoeveel asielzoekers verblijven er nu op de cruiseschepen?")]
    [InlineData("hoeveel kost de meedoenbalie per jaar?")]
    [InlineData("op welke datum gaat de spreidingswet in volgens het kabinet?")]
    [InlineData("when exactly does the coalition close the crisis shelters? i need a date")]
    public async Task A_question_for_a_number_or_date_the_sources_do_not_give_is_refused(string question)
    {
        // Act
        var answer = await AskAsync(question);

        // Assert
        Assert.True(answer.Abstained, string.Join(" | ", answer.Citations.Select(c => c.Quote)));
    }

    [Theory]
    [InlineData("BIJ1 wil Frontex afschaffen", "Frontex wordt opgeheven.", false)]
    [InlineData("De PvdA was tegen de Turkije-deal", "De PvdA heeft bijgedragen aan de totstandkoming van de deal tussen de EU en Turkije.", true)]
    [InlineData("bij1 wants a cap on the number of asylum applications", "We stellen geen maximum aan het aantal aanvragen.", true)]
    [InlineData("het kabinet sluit de noodopvang op cruiseschepen", "De noodopvang op cruiseschepen wordt gesloten.", false)]
    public void A_claim_and_its_evidence_contradict_when_they_point_in_different_directions(string claim, string evidence, bool contradicts) =>
        Assert.Equal(contradicts, Polarity.Negated(claim) != Polarity.Negated(evidence));
}

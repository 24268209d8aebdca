using ChatBot.Answers.Answering;
using ChatBot.Answers.Model;
using ChatBot.Answers.Tests.Support;

namespace ChatBot.Answers.Tests.Answering;

/// <summary>
/// What the engine answers for each kind of question people ask: names with digits, described documents, every source
/// on a topic, claim checks and their direction, silent sides, whole words, number questions and quotes that keep their
/// frame. Phrasings are made up for these tests; the behaviours are the ones the dev sets measure.
/// </summary>
[Collection(SeedCorpusCollection.Name)]
public sealed class AnswerKindsTests(SeedCorpusFixture seeds)
{
    private Task<Answer> AskAsync(string question) => seeds.Service.AnswerAsync(AnswerRequest.FromCli(question), CancellationToken.None);

    [Theory]
    [InlineData("wat wil D66 met arbeidsmigratie?")]
    [InlineData("what does Democraten 66 want on labour migration?")]
    public async Task A_party_whose_name_has_digits_is_answered_from_its_documents(string question)
    {
        // Act
        var answer = await AskAsync(question);

        // Assert
        Assert.False(answer.Abstained);
        Assert.All(answer.Citations, c => Assert.StartsWith("003", c.File, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("wat zegt de brief aan de informateur over detentie?", "002")]
    [InlineData("bij1's english programme on frontex", "001")]
    [InlineData("frontex in het nieuwste programma van bij1", "000")]
    public async Task A_described_document_is_the_only_one_quoted(string question, string file)
    {
        // Act
        var answer = await AskAsync(question);

        // Assert
        Assert.False(answer.Abstained);
        Assert.All(answer.Citations, c => Assert.StartsWith(file, c.File, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_described_documents_are_compared_side_by_side()
    {
        // Act
        var answer = await AskAsync("verschil tussen het regeerakkoord en de ngo brief over naturalisatie");

        // Assert
        Assert.Equal(QuestionKind.Compare, answer.Kind);
        Assert.Contains(answer.Citations, c => c.File.StartsWith("002", StringComparison.Ordinal));
        Assert.Contains(answer.Citations, c => c.File.StartsWith("003", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("welke bronnen noemen hervestiging?")]
    [InlineData("which sources talk about resettlement?")]
    public async Task A_which_sources_question_quotes_each_source_that_speaks_and_names_the_silent_ones(string question)
    {
        // Act
        var answer = await AskAsync(question);

        // Assert: several publishers, one quote list each, and every other publisher named as silent.
        Assert.Equal(QuestionKind.Compare, answer.Kind);
        Assert.True(answer.Sources.Count >= 3, $"only {answer.Sources.Count} sources: {answer.Text}");
        Assert.Equal(answer.Sources.Count, answer.Sources.Select(s => s.Publisher).Distinct().Count());
        var speaking = answer.Sources.Select(s => s.Publisher).ToHashSet();
        foreach (var publisher in seeds.Snapshot.Documents.Select(d => d.Publisher).Distinct().Where(p => !speaking.Contains(p)))
        {
            Assert.Contains(publisher, answer.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_side_of_a_comparison_that_is_silent_on_the_topic_says_so()
    {
        // Act
        var answer = await AskAsync("kinderpardon: bij1 vs de pvda");

        // Assert
        Assert.Contains(answer.Sources, s => s.Publisher == "PvdA");
        Assert.DoesNotContain(answer.Sources, s => s.Publisher == "BIJ1");
        Assert.Contains("BIJ1: de bronnen zeggen hier niets over", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("klopt het dat bij1 frontex wil afschaffen?", Verdict.Supported)]
    [InlineData("bij1 wil een maximum aan het aantal asielaanvragen, klopt dat?", Verdict.Contradicted)]
    [InlineData("is it true that the pvda wants to abolish frontex?", Verdict.NotInSources)]
    public async Task A_claim_check_asked_in_chat_gets_the_verdict_its_evidence_gives(string claim, Verdict verdict)
    {
        // Act
        var answer = await AskAsync(claim);

        // Assert
        Assert.Equal(QuestionKind.Check, answer.Kind);
        Assert.Equal(verdict, answer.Verdict);
    }

    [Theory]
    [InlineData("Het voorstel om de termijn te verlengen is zeer schadelijk.", true)]
    [InlineData("Niet zoals vroeger pas later, maar al in het asielzoekerscentrum.", false)]
    [InlineData("Onaanvaardbaar is dan ook: het afdwingen van medewerking.", true)]
    [InlineData("We schaffen Frontex af.", true)]
    [InlineData("We versoepelen de criteria.", false)]
    public void A_passage_that_judges_what_it_names_points_against_it(string text, bool negated) =>
        Assert.Equal(negated, Polarity.Negated(text));

    [Fact]
    public async Task A_word_is_not_found_inside_another_word()
    {
        // Act: "minder" (fewer) is not in "minderjarige" (minor).
        var answer = await AskAsync("wie wil er minder asielzoekers?");

        // Assert
        Assert.DoesNotContain(answer.Citations, c => c.Quote.Contains("inderjarig", StringComparison.OrdinalIgnoreCase)
            && !System.Text.RegularExpressions.Regex.IsMatch(c.Quote, @"\bminder\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
    }

    [Fact]
    public async Task A_how_many_question_is_not_answered_by_a_duration_or_a_year()
    {
        // Act: the coalition text gives no yearly number of asylum seekers, only periods and years.
        var answer = await AskAsync("hoeveel asielzoekers wil de coalitie per jaar toelaten?");

        // Assert
        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task A_list_item_is_quoted_with_the_lead_in_it_stands_under()
    {
        // Act
        var answer = await AskAsync("wat vindt bij1 van deportaties in ruil voor werkvisa?");

        // Assert
        var quote = Assert.Single(answer.Citations, c => c.Quote.Contains("werkvisa", StringComparison.Ordinal)).Quote;
        Assert.StartsWith("Onaanvaardbaar is dan ook:", quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Er komen 15.000 plaatsen bij.", true)]
    [InlineData("Het budget stijgt met 2,5 miljoen.", true)]
    [InlineData("Een taaleis op niveau B1 voor naturalisatie.", false)]
    [InlineData("Zie paragraaf 1.1.1 over opvang.", false)]
    [InlineData("De opvang duurt drie jaar.", false)]
    public void A_how_many_question_is_met_only_by_a_figure_of_its_own(string text, bool met)
    {
        // Arrange
        var profile = QuestionReader.Read("hoeveel plaatsen komen erbij?", null, seeds.Snapshot);

        // Act and assert
        Assert.Equal(met, AskedFor.IsMetBy(profile, text));
    }
}

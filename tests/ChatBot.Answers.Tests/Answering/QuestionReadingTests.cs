using ChatBot.Answers.Answering;
using ChatBot.Answers.Model;
using ChatBot.Answers.Tests.Support;

namespace ChatBot.Answers.Tests.Answering;

/// <summary>
/// Reading a question the way people write it: names with digits, every name of every registered party in any case,
/// glued words, documents described instead of named, which-sources questions and claim checks in both languages.
/// The phrasings here are made up for the tests, not taken from the dev sets.
/// </summary>
[Collection(SeedCorpusCollection.Name)]
public sealed class QuestionReadingTests(SeedCorpusFixture seeds)
{
    private const string Coalition = "D66, VVD en CDA (coalitieakkoord)";

    private QuestionProfile Read(string question) => QuestionReader.Read(question, null, seeds.Snapshot);

    [Theory]
    [InlineData("wat wil D66 met arbeidsmigratie?", "D66")]
    [InlineData("what does Democraten 66 want on labour migration?", "D66")]
    [InlineData("hoe staat d 66 tegenover gezinshereniging", "D66")]
    [InlineData("wat vindt BIJ1 van 2 statussen", "BIJ1")]
    public void Digits_in_a_party_name_are_part_of_the_name_not_a_figure_to_find(string question, string party)
    {
        // Act
        var profile = Read(question);

        // Assert
        Assert.Contains(party, profile.Publishers);
        Assert.DoesNotContain(profile.Numbers, n => party.Contains(n, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("JA21")]
    [InlineData("50PLUS")]
    [InlineData("50 plus")]
    public void A_party_without_documents_whose_name_has_digits_is_reported_absent_without_figures(string name)
    {
        // Act
        var profile = Read($"wat wil {name} met asielzoekers?");

        // Assert
        Assert.Single(profile.AbsentParties);
        Assert.Empty(profile.Numbers);
    }

    [Fact]
    public void Every_name_of_every_registered_party_is_read_as_that_party_in_lower_upper_and_title_case()
    {
        var misread = new List<string>();
        foreach (var party in seeds.Snapshot.Lexicon.Parties.Parties)
        {
            foreach (var name in party.Aliases.Append(party.Name))
            {
                foreach (var cased in new[] { name.ToLowerInvariant(), name.ToUpperInvariant(), System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name) })
                {
                    // Act
                    var profile = Read($"wat wil {cased} met arbeidsmigratie?");

                    // Assert (collected, so one run names every failure)
                    var found = profile.Publishers.Contains(party.Name) || profile.AbsentParties.Contains(party.Name)
                        || profile.Sides.Any(s => s.Who.Contains(party.Name));
                    if (!found || profile.Numbers.Count > 0) misread.Add($"{cased} → [{string.Join(", ", profile.Publishers.Concat(profile.AbsentParties))}] numbers [{string.Join(", ", profile.Numbers)}]");
                }
            }
        }

        Assert.True(misread.Count == 0, string.Join("\n", misread));
    }

    [Theory]
    [InlineData("watzegt hetregeerakkoord over dubbele nationaliteit", Coalition, "dubbele")]
    [InlineData("wat vind bij1 ookvoor kinderen in detentie", "BIJ1", "kinderen")]
    public void Glued_words_are_read_as_the_words_they_join(string question, string side, string topic)
    {
        // Act
        var profile = Read(question);

        // Assert
        Assert.Contains(side, profile.Publishers);
        Assert.Contains(topic, profile.ContentWords);
    }

    [Theory]
    [InlineData("what does the ngo letter say about detention?", "VluchtelingenWerk Nederland", "002")]
    [InlineData("wat staat er in de brief aan de informateur over naturalisatie?", "VluchtelingenWerk Nederland", "002")]
    [InlineData("wat zegt het regeerakkoord over naturalisatie?", Coalition, "003")]
    [InlineData("bij1's english programme on sea rescue?", "BIJ1", "001")]
    [InlineData("wat staat er in het engelstalige programma van bij1 over frontex?", "BIJ1", "001")]
    [InlineData("wat zei bij1 in het oude programma over frontex?", "BIJ1", "001")]
    [InlineData("wat wil bij1 in het nieuwste programma met frontex?", "BIJ1", "000")]
    [InlineData("frontex in bij1 2023?", "BIJ1", "000")]
    public void A_document_described_by_its_manifest_fields_is_the_side_asked(string question, string side, string file)
    {
        // Act
        var profile = Read(question);

        // Assert
        var asked = Assert.Single(profile.Sides, s => s.Name == side);
        Assert.NotNull(asked.Files);
        Assert.All(asked.Files, f => Assert.StartsWith(file, f, StringComparison.Ordinal));
    }

    [Fact]
    public void Two_documents_described_in_one_question_are_two_sides()
    {
        // Act
        var profile = Read("verschil tussen de brief aan buma en het regeerakkoord over de taaleis?");

        // Assert
        Assert.Equal(QuestionKind.Compare, profile.Kind);
        Assert.Equal([Coalition, "VluchtelingenWerk Nederland"], profile.Publishers.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("bij1 in het oude en het nieuwe programma over detentie")]
    [InlineData("both bij1 programmes on detention")]
    public void Both_editions_asked_for_keeps_both(string question)
    {
        // Act
        var side = Read(question).Sides.Single(s => s.Name == "BIJ1");

        // Assert
        Assert.True(side.Files is null || side.Files.Count == 2);
    }

    [Theory]
    [InlineData("welke bronnen noemen de Middellandse Zee?")]
    [InlineData("which sources talk about family reunification?")]
    [InlineData("wie wil er meer geld voor de IND?")]
    [InlineData("who wants to end detention of children?")]
    [InlineData("wat zeggen alle bronnen over taallessen?")]
    public void Which_sources_and_who_wants_questions_compare_every_source(string question)
    {
        // Act
        var profile = Read(question);

        // Assert
        Assert.Equal(QuestionKind.Compare, profile.Kind);
        Assert.True(profile.AcrossSources);
    }

    [Theory]
    [InlineData("welke bronnen gebruik je?")]
    [InlineData("what are your sources?")]
    public void Asking_for_the_document_list_is_still_the_sources_answer(string question) =>
        Assert.Equal(QuestionKind.Sources, Read(question).Kind);

    [Theory]
    [InlineData("klopt het dat bij1 frontex wil afschaffen?")]
    [InlineData("iemand in de groep zegt dat de pvda tegen de turkijedeal was, waar of niet?")]
    [InlineData("de coalitie wil de nareis beperken, toch?")]
    [InlineData("is it true that vluchtelingenwerk wants a general pardon?")]
    [InlineData("the cabinet will close the asylum hotels, right?")]
    [InlineData("fact check: bij1 wants open borders")]
    [InlineData("can you confirm the pvda scrapped the minimum azc size?")]
    [InlineData("he just said that bij1 wants to abolish frontex. correct?")]
    public void Claims_put_the_way_people_put_them_are_claim_checks(string question) =>
        Assert.Equal(QuestionKind.Check, Read(question).Kind);

    [Theory]
    [InlineData("standpunt bij1 frontex")]
    [InlineData("bij1 en frontex")]
    [InlineData("pvda over integratie")]
    [InlineData("what does bij1 say about frontex")]
    public void Chat_shorthand_without_a_claim_is_not_a_claim_check(string question) =>
        Assert.NotEqual(QuestionKind.Check, Read(question).Kind);

    [Fact]
    public void The_words_that_put_a_claim_are_not_its_direction()
    {
        // Act: "waar of niet" holds a negation that is the asker's, not the claim's.
        var profile = Read("bij1 wil frontex afschaffen, waar of niet?");

        // Assert
        Assert.Equal(Polarity.Negated("bij1 wil frontex afschaffen"), Polarity.Negated(profile.Claim));
    }
}

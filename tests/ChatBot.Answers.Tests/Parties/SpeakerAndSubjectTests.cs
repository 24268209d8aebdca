using ChatBot.Answers.Model;
using ChatBot.Answers.Tests.Support;

namespace ChatBot.Answers.Tests.Parties;

/// <summary>Who says what about whom: subjects from list labels and sentence subjects, speakers from the manifest.</summary>
[Collection(MultiPartyCollection.Name)]
public sealed class SpeakerAndSubjectTests(MultiPartyCorpus corpus)
{
    private IReadOnlyList<string> SubjectsOf(string words)
    {
        var passage = corpus.Snapshot.Passages.Single(p => p.Document.File == "301_news.txt" && p.Text.Contains(words, StringComparison.Ordinal));
        var text = passage.Document.Text;
        var index = passage.Sentences.ToList().FindIndex(s => text[s.Start..s.End].Contains(words, StringComparison.Ordinal));
        return passage.SentenceSubjects[index];
    }

    [Fact]
    public void A_sentence_is_about_the_party_it_names() =>
        Assert.Equal(["DENK"], SubjectsOf("groepswoonlocaties bouwen"));

    [Fact]
    public void A_list_label_makes_its_party_the_subject() =>
        Assert.Equal(["BBB"], SubjectsOf("zoveel mogelijk buiten Europa"));

    [Fact]
    public void A_sentence_that_names_no_party_is_about_the_party_before_it()
    {
        Assert.Equal(["BBB"], SubjectsOf("Alleen mensen in gevaar"));
        Assert.Equal(["JA21"], SubjectsOf("het vluchtelingenverdrag herzien"));
    }

    [Fact]
    public void A_party_leader_stands_for_the_party() =>
        Assert.Equal(["GL-PvdA"], SubjectsOf("meer sociale huurwoningen"));

    [Fact]
    public void A_short_line_naming_a_party_heads_the_paragraph_after_it() =>
        Assert.Equal(["SGP"], SubjectsOf("Nareizigers moeten eerst"));

    [Fact]
    public void A_page_date_marker_and_a_call_to_click_are_not_content()
    {
        var passages = corpus.Snapshot.Passages.Where(p => p.Document.File == "301_news.txt").ToList();
        Assert.DoesNotContain(passages, p => p.Text.StartsWith("date", StringComparison.Ordinal));
        Assert.DoesNotContain(passages, p => p.Text.Contains("Klik hier", StringComparison.Ordinal));
    }

    [Fact]
    public void The_coalition_agreement_speaks_for_its_three_parties()
    {
        var coalition = corpus.Snapshot.Passages.First(p => p.Document.File.StartsWith("003", StringComparison.Ordinal));
        Assert.Equal(["D66", "VVD", "CDA"], coalition.Speakers);
    }

    [Fact]
    public async Task A_party_known_only_from_an_article_is_answered_from_it_and_the_reporter_is_named()
    {
        // Act
        var answer = await corpus.Service.AnswerAsync(AnswerRequest.FromCli("what does denk want to build for seasonal workers?"), CancellationToken.None);

        // Assert
        Assert.False(answer.Abstained);
        var citation = Assert.Single(answer.Citations);
        Assert.Equal("301_news.txt", citation.File);
        Assert.Equal("Nieuwsbron", citation.Speaker);
        Assert.Equal(["DENK"], citation.Subjects);
        Assert.StartsWith("Denk wil juist groepswoonlocaties", citation.Quote, StringComparison.Ordinal);
        Assert.Contains("Nieuwsbron (2024-05) on DENK: “Denk wil", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wat wil de partij vd dieren met arbeidsmigranten?")]
    [InlineData("wat wil de partij vd dieren eigenlijk met arbeidsmigranten?")]
    public void A_party_name_with_shorthand_small_words_is_still_the_party(string question) =>
        Assert.Equal(["PvdD"], ChatBot.Answers.Answering.QuestionReader.Read(question, null, corpus.Snapshot).Publishers);

    [Fact]
    public async Task A_report_is_worded_as_the_reporters_in_dutch()
    {
        // Act
        var answer = await corpus.Service.AnswerAsync(AnswerRequest.FromCli("wat vindt bbb van asielaanvragen buiten europa behandelen?"), CancellationToken.None);

        // Assert
        Assert.False(answer.Abstained);
        Assert.Contains(answer.Citations, c => c.File == "301_news.txt" && c.Subjects.Contains("BBB"));
        Assert.Contains("Volgens Nieuwsbron (2024-05) over BBB: “", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_joint_text_is_never_presented_as_one_partys_own_words()
    {
        // Act
        var answer = await corpus.Service.AnswerAsync(AnswerRequest.FromCli("wat wil de vvd met de spreidingswet?"), CancellationToken.None);

        // Assert
        Assert.False(answer.Abstained);
        var joint = answer.Citations.Where(c => c.File.StartsWith("003", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(joint);
        Assert.All(joint, c => Assert.Equal("D66, VVD en CDA (coalitieakkoord)", c.Speaker));
        Assert.Contains("D66, VVD en CDA (coalitieakkoord): “", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_parties_answered_by_the_same_quote_share_it_once()
    {
        // Act
        var answer = await corpus.Service.AnswerAsync(AnswerRequest.FromCli("stemden pvv en fvd tegen de spreidingswet?"), CancellationToken.None);

        // Assert
        var source = Assert.Single(answer.Sources);
        Assert.Equal("PVV en FvD", source.Publisher);
        Assert.Contains("Volgens Nieuwsbron (2024-05) over PVV en FvD: “Tegen de spreidingswet stemden", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_party_neither_publishing_nor_described_has_no_source()
    {
        // Act
        var answer = await corpus.Service.AnswerAsync(AnswerRequest.FromCli("wat vindt 50plus van arbeidsmigratie?"), CancellationToken.None);

        // Assert
        Assert.True(answer.Abstained);
        Assert.Equal(AbstainReason.UnknownParty, answer.AbstainReason);
        Assert.Empty(answer.Citations);
    }
}

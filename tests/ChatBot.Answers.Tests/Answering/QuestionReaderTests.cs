using ChatBot.Answers.Answering;
using ChatBot.Answers.Model;
using ChatBot.Answers.Tests.Support;

namespace ChatBot.Answers.Tests.Answering;

/// <summary>Reading a question: language, publishers by their manifest aliases, absent parties and the kind of answer.</summary>
[Collection(SeedCorpusCollection.Name)]
public sealed class QuestionReaderTests(SeedCorpusFixture seeds)
{
    [Theory]
    [InlineData("wat vindt de pvda van kindhuwelijken bij asielzoekers", Language.Nl)]
    [InlineData("where does vluchtelingenwerk want asylum seeker kids to be housed?", Language.En)]
    [InlineData("hoeveel kinderen verdwijnen er volgens bij1 elk jaar in nederland?", Language.Nl)]
    [InlineData("whats the cabinet plan on foreign money for mosqes?", Language.En)]
    public void The_question_language_is_detected(string question, Language language)
    {
        // Act
        var profile = QuestionReader.Read(question, null, seeds.Snapshot);

        // Assert
        Assert.Equal(language, profile.Language);
    }

    [Theory]
    [InlineData("do vwn and the coalition agree on the two-status system?", "VluchtelingenWerk Nederland")]
    [InlineData("wat wil bij-1 met frontex?", "BIJ1")]
    public void A_publisher_is_recognised_by_a_manifest_alias(string question, string publisher)
    {
        // Act
        var profile = QuestionReader.Read(question, null, seeds.Snapshot);

        // Assert
        Assert.Contains(publisher, profile.Publishers);
    }

    [Fact]
    public void A_party_without_documents_is_reported_as_absent()
    {
        // Act
        var profile = QuestionReader.Read("wat vindt wilders van de spreidingswet?", null, seeds.Snapshot);

        // Assert
        Assert.Empty(profile.Publishers);
        Assert.Equal(["PVV"], profile.AbsentParties);
    }

    [Theory]
    [InlineData("how do bij1 and pvda differ on immigration detention?", QuestionKind.Compare)]
    [InlineData("bij1 wants to abolish frontex", QuestionKind.Check)]
    [InlineData("what does bij1 want re food banks for undocumented ppl?", QuestionKind.Position)]
    [InlineData("welke bronnen gebruik je?", QuestionKind.Sources)]
    public void The_kind_of_answer_is_detected(string question, QuestionKind kind)
    {
        // Act
        var profile = QuestionReader.Read(question, null, seeds.Snapshot);

        // Assert
        Assert.Equal(kind, profile.Kind);
    }

    [Fact]
    public void A_command_forces_the_kind()
    {
        // Act
        var profile = QuestionReader.Read("bij1 wants to abolish frontex", QuestionKind.Position, seeds.Snapshot);

        // Assert
        Assert.Equal(QuestionKind.Position, profile.Kind);
    }
}

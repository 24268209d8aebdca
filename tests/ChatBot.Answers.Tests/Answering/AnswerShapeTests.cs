using ChatBot.Answers.Model;
using ChatBot.Answers.Tests.Support;

namespace ChatBot.Answers.Tests.Answering;

/// <summary>What every answer carries besides its quotes: language, sources list, determinism.</summary>
[Collection(SeedCorpusCollection.Name)]
public sealed class AnswerShapeTests(SeedCorpusFixture seeds)
{
    [DevSetFact]
    public async Task Every_dev_answer_is_in_the_language_of_its_question()
    {
        // Arrange
        var cases = DevSet.Load();
        var wrong = new List<string>();

        // Act
        foreach (var c in cases)
        {
            var answer = await seeds.Service.AnswerAsync(AnswerRequest.FromCli(c.Question), CancellationToken.None);
            if (c.Lang is not null && answer.Language.Code() != c.Lang) wrong.Add($"{c.Id}: {answer.Language.Code()} for {c.Lang}");
        }

        // Assert
        Assert.Empty(wrong);
    }

    [Fact]
    public async Task The_same_question_gives_the_same_citations()
    {
        // Arrange
        const string question = "do vwn and the coalition agree on the asielnoodmaatregelenwet and the two-status system?";

        // Act
        var first = await seeds.Service.AnswerAsync(AnswerRequest.FromCli(question), CancellationToken.None);
        var second = await seeds.Service.AnswerAsync(AnswerRequest.FromCli(question), CancellationToken.None);

        // Assert
        Assert.NotEmpty(first.Citations);
        Assert.Equal(first.Citations, second.Citations);
        Assert.NotEqual(first.AnswerId, second.AnswerId);
    }

    [Fact]
    public async Task Citations_carry_the_documents_metadata_and_content_hash()
    {
        // Act
        var answer = await seeds.Service.AnswerAsync(AnswerRequest.FromCli("where does vluchtelingenwerk want asylum seeker kids to be housed?"), CancellationToken.None);

        // Assert
        Assert.NotEmpty(answer.Citations);
        foreach (var c in answer.Citations)
        {
            var info = seeds.Snapshot.Documents.Single(d => d.File == c.File).Info;
            Assert.Equal(info.ContentHash, c.ContentHash);
            Assert.Equal(info.Language, c.DocumentLanguage);
            Assert.Equal(info.Url, c.Url);
            Assert.Contains(info.Publisher, answer.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_sources_question_lists_every_document_of_the_manifest()
    {
        // Act
        var answer = await seeds.Service.AnswerAsync(AnswerRequest.FromCli("welke bronnen gebruik je?"), CancellationToken.None);

        // Assert
        Assert.Equal(QuestionKind.Sources, answer.Kind);
        Assert.False(answer.Abstained);
        Assert.All(seeds.Snapshot.Documents, d => Assert.Contains(d.Info.Title, answer.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sources_answer_says_per_document_which_parties_it_speaks_for_and_which_it_is_about()
    {
        // Act
        var dutch = await seeds.Service.AnswerAsync(AnswerRequest.FromCli("welke bronnen gebruik je?"), CancellationToken.None);
        var english = await seeds.Service.AnswerAsync(AnswerRequest.FromCli("which sources do you use?"), CancellationToken.None);

        // Assert: a programme speaks for its party, a joint text for its signatories, an NGO for none.
        var lines = dutch.Text.Split('\n');
        Assert.Contains(lines, l => l.Contains("verkiezingsprogramma 2023", StringComparison.Ordinal) && l.EndsWith("spreekt voor BIJ1; over geen andere partij", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("• D66, VVD en CDA", StringComparison.Ordinal) && l.Contains(" — spreekt voor D66, VVD, CDA; ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("• VluchtelingenWerk", StringComparison.Ordinal) && l.Contains(" — spreekt voor geen partij; ", StringComparison.Ordinal));
        Assert.Contains(" — speaks for BIJ1; ", english.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_comparison_names_both_publishers()
    {
        // Act
        var answer = await seeds.Service.AnswerAsync(AnswerRequest.FromCli("how do bij1 and pvda differ on immigration detention?"), CancellationToken.None);

        // Assert
        Assert.Equal(QuestionKind.Compare, answer.Kind);
        Assert.Contains(answer.Sources, s => s.Publisher == "BIJ1");
        Assert.Contains(answer.Sources, s => s.Publisher == "PvdA");
    }
}

using ChatBot.Answers.Model;
using ChatBot.Answers.Retrieval;
using ChatBot.Answers.Tests.Support;

namespace ChatBot.Answers.Tests.Answering;

/// <summary>Odd and generated input never throws, and whatever is answered is still verbatim.</summary>
[Collection(SeedCorpusCollection.Name)]
public sealed class RobustnessTests(SeedCorpusFixture seeds)
{
    private const int GeneratedQuestions = 300;

    public static TheoryData<string> OddQuestions() =>
    [
        "<b>wat vindt bij1</b> van &amp; detentie?",
        "@ChatBot /ask wat vindt de pvda van kindhuwelijken?",
        "🙂🙂 wat wil het kabinet met de spreidingswet? 🇳🇱",
        "\u202Ewat vindt bij1 van frontex?\u202C",
        "wat\u200Bvindt\u200Bbij1\u200Bvan\u200Bfrontex?",
        "???!!!...",
        "a",
        "bij1",
        "BIJ1 BIJ1 BIJ1 PvdA PvdA vwn vwn coalitie",
        "\ud800 lone surrogate wat vindt bij1?",
        "SELECT * FROM passages; -- wat vindt bij1?",
        "asiel " + new string('x', 1900),
        new string('a', 2000),
        "wat vindt \"bij1\" van 'frontex' (en waarom)? [1] {2}",
        "o.a. e.g. bijv. d.w.z.?",
        "2013 2007 2025 27000 900",
    ];

    [Theory]
    [MemberData(nameof(OddQuestions))]
    public async Task Odd_input_gets_an_answer_or_an_abstention_and_never_an_exception(string question)
    {
        // Act
        var answer = await seeds.Service.AnswerAsync(AnswerRequest.FromCli(question), CancellationToken.None);

        // Assert
        Assert.False(string.IsNullOrWhiteSpace(answer.Text));
        Assert.Equal(answer.Abstained, answer.AbstainReason is not null);
        AssertVerbatim(answer);
    }

    [Fact]
    public async Task Generated_questions_from_corpus_words_never_throw_and_stay_verbatim()
    {
        // Arrange: a fixed seed keeps the run reproducible; words come from the corpus, so many questions do get answers.
        var random = new Random(20251123);
        var words = seeds.Snapshot.Passages.SelectMany(p => Words.Split(p.Text)).Distinct().Order(StringComparer.Ordinal).ToList();
        string[] openers = ["wat vindt bij1 van", "what does the coalition say about", "pvda vs vwn over", "vluchtelingenwerk wil", "hoe kijkt de pvda naar", ""];
        var answered = 0;

        // Act / Assert
        for (var i = 0; i < GeneratedQuestions; i++)
        {
            var question = openers[random.Next(openers.Length)] + " " + string.Join(' ', Enumerable.Range(0, random.Next(1, 7)).Select(_ => words[random.Next(words.Count)]))
                           + (random.Next(2) == 0 ? "?" : "");
            var answer = await seeds.Service.AnswerAsync(AnswerRequest.FromCli(question), CancellationToken.None);
            AssertVerbatim(answer);
            answered += answer.Abstained ? 0 : 1;
        }

        Assert.InRange(answered, 1, GeneratedQuestions);
    }

    private void AssertVerbatim(Answer answer)
    {
        foreach (var c in answer.Citations)
        {
            var document = seeds.Snapshot.Documents.Single(d => d.File == c.File);
            Assert.Empty(CitationCheck.Problems(c, document));
        }
    }
}

using ChatBot.Answers.Model;

namespace ChatBot.Operations.Tests.Fakes;

/// <summary>Realistic answers: Dutch quotes with markup characters, an abstention, a claim check.</summary>
internal static class SampleAnswers
{
    public static Citation Quote(string file = "vvd-2023.md", int start = 1200, int end = 1386, string hash = "a1b2c3d4e5f60718") => new(
        File: file,
        Quote: "Wij willen de instroom van asielzoekers fors beperken & de <Europese> buitengrenzen beter bewaken … \"nu\".",
        Start: start,
        End: end,
        Publisher: "VVD",
        Title: "Verkiezingsprogramma 2023–2027",
        Date: "2023-09-01",
        Section: "Migratie",
        Url: "https://example.org/vvd.pdf",
        DocumentLanguage: Language.Nl,
        ContentHash: hash);

    public static Answer Position(string question = "Wat vindt de VVD van asiel?") => new()
    {
        AnswerId = AnswerId.New(),
        Question = question,
        Language = Language.Nl,
        Kind = QuestionKind.Position,
        Mode = AnswerMode.Extractive,
        Abstained = false,
        Text = "VVD zegt: \"Wij willen de instroom van asielzoekers fors beperken\"",
        Summary = "VVD zegt:",
        Sources =
        [
            new SourceAnswer("VVD", [Quote(), Quote(start: 4000, end: 4100)]),
            new SourceAnswer("GroenLinks-PvdA", [Quote("glpvda-2023.md", 10, 90, "ffee001122334455") with { Publisher = "GroenLinks-PvdA", Date = null }]),
        ],
    };

    public static Answer Abstention(string question) => new()
    {
        AnswerId = AnswerId.New(),
        Question = question,
        Language = Language.En,
        Kind = QuestionKind.Check,
        Abstained = true,
        AbstainReason = AbstainReason.NotInSources,
        Verdict = Verdict.NotInSources,
        Text = "The sources say nothing about this.",
        Summary = "The sources say nothing about this.",
    };
}

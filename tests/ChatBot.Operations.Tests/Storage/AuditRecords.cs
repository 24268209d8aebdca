using ChatBot.Answers.Model;
using ChatBot.Answers.Operations;
using ChatBot.Operations.Audit;

namespace ChatBot.Operations.Tests.Storage;

/// <summary>Audit records and pins for store tests.</summary>
internal static class AuditRecords
{
    public static AuditRecord Answer(DateTimeOffset at, string chat = "-100123", string platform = "telegram", string question = "Wat vindt de VVD van asiel?") => new()
    {
        AnswerId = AnswerId.New(),
        AnsweredAt = at,
        Platform = platform,
        ChatId = chat,
        AskerId = "42",
        Question = question,
        Language = Language.Nl,
        Kind = QuestionKind.Compare,
        Mode = AnswerMode.Extractive,
        Abstained = false,
        Verdict = Verdict.Supported,
        LatencyMs = 12.5,
        CorpusVersion = "0123456789abcdef",
        Citations =
        [
            new AuditCitation("vvd-2023.md", 1200, 1386, "a1b2c3d4e5f60718", "VVD", "2023-09-01"),
            new AuditCitation("glpvda-2023.md", 10, 90, "ffee001122334455", "GroenLinks-PvdA", null),
        ],
    };

    public static PinRecord Pin(AuditRecord record, DateTimeOffset at, string by = "7") =>
        new(record.AnswerId, new Conversation(record.Platform, record.ChatId, record.AskerId), "msg-1", by, at);

    public static DateTimeOffset Noon(int day) => new(2026, 3, day, 12, 0, 0, TimeSpan.Zero);
}

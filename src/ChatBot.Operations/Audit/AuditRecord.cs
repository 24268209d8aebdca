using ChatBot.Answers.Model;

namespace ChatBot.Operations.Audit;

/// <summary>
/// One answer as the audit trail keeps it: who asked where (ids, never names), what was asked and answered with which
/// document versions, how long it took, and — filled in when read back — who pinned it.
/// </summary>
public sealed record AuditRecord
{
    public required AnswerId AnswerId { get; init; }
    public required DateTimeOffset AnsweredAt { get; init; }
    public required string Platform { get; init; }
    public required string ChatId { get; init; }
    public required string AskerId { get; init; }
    public required string Question { get; init; }
    public required Language Language { get; init; }
    public required QuestionKind Kind { get; init; }
    public required AnswerMode Mode { get; init; }
    public required bool Abstained { get; init; }
    public AbstainReason? AbstainReason { get; init; }
    public Verdict? Verdict { get; init; }
    public required double LatencyMs { get; init; }
    /// <summary>Hash over every loaded document's content hash (see <see cref="CorpusVersion"/>).</summary>
    public required string CorpusVersion { get; init; }
    public IReadOnlyList<AuditCitation> Citations { get; init; } = [];
    /// <summary>Pins recorded for this answer (possibly by another process); empty when never pinned.</summary>
    public IReadOnlyList<AuditPin> Pins { get; init; } = [];
}

/// <summary>A cited passage: file and offsets plus the hash and date of the document version that was quoted.</summary>
public sealed record AuditCitation(string File, int Start, int End, string ContentHash, string Publisher, string? DocumentDate);

/// <summary>Who pinned an answer, where and when.</summary>
public sealed record AuditPin(string MessageId, string PinnedByUserId, DateTimeOffset PinnedAt);

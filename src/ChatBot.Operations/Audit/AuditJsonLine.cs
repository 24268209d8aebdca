using System.Text.Json.Serialization;

namespace ChatBot.Operations.Audit;

/// <summary>The JSON Lines shape of one audit record (stable field names for scripts).</summary>
internal sealed record AuditJsonLine(
    [property: JsonPropertyName("answer_id")] string AnswerId,
    [property: JsonPropertyName("answered_at")] DateTimeOffset AnsweredAt,
    [property: JsonPropertyName("platform")] string Platform,
    [property: JsonPropertyName("chat_id")] string ChatId,
    [property: JsonPropertyName("asker_id")] string AskerId,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("mode")] string Mode,
    [property: JsonPropertyName("abstained")] bool Abstained,
    [property: JsonPropertyName("abstain_reason")] string? AbstainReason,
    [property: JsonPropertyName("verdict")] string? Verdict,
    [property: JsonPropertyName("latency_ms")] double LatencyMs,
    [property: JsonPropertyName("corpus_version")] string CorpusVersion,
    [property: JsonPropertyName("citations")] IReadOnlyList<AuditJsonCitation> Citations,
    [property: JsonPropertyName("pins")] IReadOnlyList<AuditJsonPin> Pins)
{
    public static AuditJsonLine From(AuditRecord r) => new(
        r.AnswerId.ToString(), r.AnsweredAt.ToUniversalTime(), r.Platform, r.ChatId, r.AskerId, r.Question,
        AuditCodes.Language(r.Language), AuditCodes.Kind(r.Kind), AuditCodes.Mode(r.Mode), r.Abstained,
        r.AbstainReason is { } reason ? AuditCodes.Reason(reason) : null,
        r.Verdict is { } v ? AuditCodes.Verdict(v) : null,
        r.LatencyMs, r.CorpusVersion,
        [.. r.Citations.Select(c => new AuditJsonCitation(c.File, c.Start, c.End, c.ContentHash, c.Publisher, c.DocumentDate))],
        [.. r.Pins.Select(p => new AuditJsonPin(p.MessageId, p.PinnedByUserId, p.PinnedAt.ToUniversalTime()))]);
}

internal sealed record AuditJsonCitation(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("content_hash")] string ContentHash,
    [property: JsonPropertyName("publisher")] string Publisher,
    [property: JsonPropertyName("document_date")] string? DocumentDate);

internal sealed record AuditJsonPin(
    [property: JsonPropertyName("message_id")] string MessageId,
    [property: JsonPropertyName("pinned_by")] string PinnedBy,
    [property: JsonPropertyName("pinned_at")] DateTimeOffset PinnedAt);

[JsonSerializable(typeof(AuditJsonLine))]
internal sealed partial class AuditJsonContext : JsonSerializerContext;

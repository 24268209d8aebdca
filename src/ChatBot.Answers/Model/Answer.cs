using System.Text.Json.Serialization;

namespace ChatBot.Answers.Model;

/// <summary>
/// The platform-neutral answer. Adapters render it (plain text, Telegram HTML, Discord embeds); the JSON form is the
/// contract read by the evaluation script (id, language, abstained, verdict, answer, citations).
/// </summary>
public sealed record Answer
{
    [JsonPropertyName("answer_id")] public required AnswerId AnswerId { get; init; }
    [JsonPropertyName("question")] public required string Question { get; init; }
    [JsonPropertyName("language")] public required Language Language { get; init; }
    [JsonPropertyName("kind")] public required QuestionKind Kind { get; init; }
    [JsonPropertyName("mode")] public AnswerMode Mode { get; init; } = AnswerMode.Extractive;
    [JsonPropertyName("abstained")] public required bool Abstained { get; init; }
    [JsonPropertyName("abstain_reason")] public AbstainReason? AbstainReason { get; init; }
    [JsonPropertyName("verdict")] public Verdict? Verdict { get; init; }
    /// <summary>The reply as plain text, in the question's language (quotes in their own).</summary>
    [JsonPropertyName("answer")] public required string Text { get; init; }
    /// <summary>One-line lead ("BIJ1 says:" / "De bronnen zeggen hier niets over.") that renderers put first.</summary>
    [JsonPropertyName("summary")] public required string Summary { get; init; }
    [JsonPropertyName("sources")] public IReadOnlyList<SourceAnswer> Sources { get; init; } = [];
    /// <summary>Every quote of <see cref="Sources"/> in reading order; the flat list the contract names.</summary>
    [JsonPropertyName("citations")] public IReadOnlyList<Citation> Citations => [.. Sources.SelectMany(s => s.Quotes)];
}

using System.Text.Json.Serialization;

namespace ChatBot.Answers.Model;

/// <summary>What one publisher's documents say: one to three quotes, best first.</summary>
public sealed record SourceAnswer(
    [property: JsonPropertyName("publisher")] string Publisher,
    [property: JsonPropertyName("quotes")] IReadOnlyList<Citation> Quotes,
    [property: JsonPropertyName("stance")] Verdict? Stance = null);

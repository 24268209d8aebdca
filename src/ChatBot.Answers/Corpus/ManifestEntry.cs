using System.Text.Json.Serialization;

namespace ChatBot.Answers.Corpus;

/// <summary>One document's entry in seeds/manifest.json.</summary>
public sealed record ManifestEntry
{
    [JsonPropertyName("file")] public string? File { get; init; }
    [JsonPropertyName("publisher")] public string? Publisher { get; init; }
    [JsonPropertyName("party_aliases")] public IReadOnlyList<string>? PartyAliases { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    /// <summary>A joint text (a coalition agreement) speaks for several parties together; optional.</summary>
    [JsonPropertyName("speaks_for")] public IReadOnlyList<string>? SpeaksFor { get; init; }
    [JsonPropertyName("language")] public string? Language { get; init; }
    [JsonPropertyName("date")] public string? Date { get; init; }
    [JsonPropertyName("date_inferred")] public bool DateInferred { get; init; }
    [JsonPropertyName("kind")] public string? Kind { get; init; }
    [JsonPropertyName("url")] public string? Url { get; init; }
    /// <summary>"web" (a paragraph per line) or "pdf" (hard-wrapped lines); decides how lines join into passages.</summary>
    [JsonPropertyName("format")] public string? Format { get; init; }
}

internal sealed record Manifest
{
    [JsonPropertyName("documents")] public IReadOnlyList<ManifestEntry>? Documents { get; init; }
}

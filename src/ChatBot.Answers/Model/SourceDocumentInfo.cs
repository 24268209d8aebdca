using System.Text.Json.Serialization;

namespace ChatBot.Answers.Model;

/// <summary>What is known about one source document (from the manifest); unknown values are null, inferred ones flagged.</summary>
public sealed record SourceDocumentInfo(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("publisher")] string Publisher,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("language")] Language Language,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("date_inferred")] bool DateInferred,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("content_hash")] string ContentHash);

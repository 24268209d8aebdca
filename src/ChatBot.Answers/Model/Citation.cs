using System.Text.Json.Serialization;

namespace ChatBot.Answers.Model;

/// <summary>
/// One verbatim quote. <see cref="Quote"/> is built from the document text between <see cref="Start"/> and
/// <see cref="End"/> (fragments joined by " … "), never typed by anyone.
/// </summary>
public sealed record Citation(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("quote")] string Quote,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("publisher")] string Publisher,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("section")] string Section,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("document_language")] Language DocumentLanguage,
    [property: JsonPropertyName("content_hash")] string ContentHash)
{
    /// <summary>Where a reader checks the quote (source page or text-fragment link); null when there is none. Set by the host.</summary>
    [JsonPropertyName("link")] public string? Link { get; init; }
}

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
    /// <summary>Who says it: the document's publisher (a joint text names all its signatories).</summary>
    [JsonPropertyName("speaker")] public string Speaker { get; init; } = Publisher;

    /// <summary>The parties the quote is about; the speaker's own parties for a party's own text.</summary>
    [JsonPropertyName("subjects")] public IReadOnlyList<string> Subjects { get; init; } = [];

    /// <summary>The parties the speaker speaks for: the party of its own programme, a joint text's signatories; empty for a reporter.</summary>
    [JsonPropertyName("speaks_for")] public IReadOnlyList<string> SpeaksFor { get; init; } = [];

    /// <summary>Where a reader checks the quote (source page or text-fragment link); null when there is none. Set by the host.</summary>
    [JsonPropertyName("link")] public string? Link { get; init; }

    // Value equality over the lists too: the same question gives equal citations.
    public bool Equals(Citation? other) =>
        other is not null && File == other.File && Quote == other.Quote && Start == other.Start && End == other.End
        && Publisher == other.Publisher && Title == other.Title && Date == other.Date && Section == other.Section && Url == other.Url
        && DocumentLanguage == other.DocumentLanguage && ContentHash == other.ContentHash && Speaker == other.Speaker
        && Subjects.SequenceEqual(other.Subjects) && SpeaksFor.SequenceEqual(other.SpeaksFor) && Link == other.Link;

    public override int GetHashCode() => HashCode.Combine(File, Start, End, ContentHash);
}

using ChatBot.Answers.Corpus;

namespace ChatBot.Import.Extraction;

/// <summary>
/// A document's text as it will be stored, how its lines join (one paragraph per line, or hard-wrapped), what the
/// source itself says about it, and a short description for the report ("PDF, 12 pages").
/// </summary>
public sealed record ExtractedDocument(string Text, TextFormat Format, DocumentFacts Facts, string Description);

/// <summary>What a document says about itself; each value null when it does not say.</summary>
public sealed record DocumentFacts
{
    public Fact? Title { get; init; }
    /// <summary>An ISO date (yyyy-MM-dd); <see cref="Fact.Inferred"/> when not printed on or stated by the document.</summary>
    public Fact? Date { get; init; }
    public Fact? SiteName { get; init; }
    public Fact? Url { get; init; }
    public required string Kind { get; init; }
}

/// <summary>A value and where it came from ("the PDF's metadata"), shown so the user can correct a guess.</summary>
public sealed record Fact(string Value, string From, bool Inferred = false);

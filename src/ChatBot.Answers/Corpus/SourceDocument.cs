using ChatBot.Answers.Model;

namespace ChatBot.Answers.Corpus;

public enum TextFormat { Web, Pdf }

/// <summary>A loaded document: what is known about it, who it speaks for, and its exact text.</summary>
public sealed record SourceDocument(
    SourceDocumentInfo Info,
    IReadOnlyList<string> PartyAliases,
    TextFormat Format,
    string Text)
{
    /// <summary>Names of the parties the manifest says this document speaks for ("speaks_for"); resolved against the register when the snapshot is built.</summary>
    public IReadOnlyList<string> SpeaksFor { get; init; } = [];

    public string File => Info.File;
    public string Publisher => Info.Publisher;
}

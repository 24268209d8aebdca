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
    public string File => Info.File;
    public string Publisher => Info.Publisher;
}

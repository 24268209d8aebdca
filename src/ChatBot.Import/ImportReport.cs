using ChatBot.Answers.Corpus;
using ChatBot.Import.Drafting;

namespace ChatBot.Import;

/// <summary>One imported document: where it came from and went, what it is, and what the engine reads in it.</summary>
public sealed record ImportedDocument(string Source, string Path, string Description, DraftedEntry Entry, IReadOnlyList<string> Notes,
    int Characters, int Passages, DocumentParties Parties)
{
    /// <summary>Reading the file and drafting its entry (text extraction, language detection).</summary>
    public TimeSpan ReadTime { get; init; }
}

/// <summary>What an import did: the documents written, the manifest updated, and whether the folder is one the bot loads.</summary>
public sealed record ImportReport(IReadOnlyList<ImportedDocument> Documents, string ManifestPath, bool FolderIsLoaded)
{
    /// <summary>Validating the corpus as it would be afterwards (loader and index build) and writing it.</summary>
    public TimeSpan CheckTime { get; init; }
}

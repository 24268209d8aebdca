namespace ChatBot.Import;

/// <summary>What the user said about the documents; each value overrides what the importer would guess.</summary>
public sealed record ImportOptions
{
    public string? Publisher { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
    /// <summary>yyyy-MM-dd, yyyy-MM or yyyy.</summary>
    public string? Date { get; init; }
    public IReadOnlyList<string> SpeaksFor { get; init; } = [];
}

/// <summary>
/// Where to import to and what the running bot loads: the folder receiving the files (with its manifest), every
/// folder the bot loads (file names must stay unique across them), and the lexicon folder.
/// </summary>
public sealed record ImportTarget(string Folder, string ManifestName, IReadOnlyList<string> CorpusFolders, string LexiconFolder);

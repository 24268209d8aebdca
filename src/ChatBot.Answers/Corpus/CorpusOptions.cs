using System.ComponentModel.DataAnnotations;

namespace ChatBot.Answers.Corpus;

/// <summary>Section "Corpus": where the source documents, their manifest and the lexicon live.</summary>
public sealed class CorpusOptions
{
    public const string Section = "Corpus";

    /// <summary>Folder of source documents, relative to the content root unless absolute.</summary>
    [Required(AllowEmptyStrings = false)] public string Folder { get; set; } = "seeds";

    /// <summary>Manifest file name inside <see cref="Folder"/>.</summary>
    [Required(AllowEmptyStrings = false)] public string Manifest { get; set; } = "manifest.json";

    /// <summary>Lexicon folder (term list, navigation patterns …), relative to <see cref="Folder"/> unless absolute.</summary>
    [Required(AllowEmptyStrings = false)] public string Lexicon { get; set; } = "lexicon";

    /// <summary>
    /// More folders of documents, each with its own manifest (same format), loaded beside <see cref="Folder"/> and
    /// watched like it; relative to the content root unless absolute. Env: Corpus__ExtraFolders__0=DIR.
    /// </summary>
    public IList<string> ExtraFolders { get; set; } = [];

    /// <summary>
    /// Where built indexes are kept (relative to the content root unless absolute), so a start with unchanged
    /// documents opens one instead of building it; empty keeps the index in memory only.
    /// </summary>
    public string IndexFolder { get; set; } = "data/index";

    /// <summary>Pick up added, changed or removed documents without a restart.</summary>
    public bool WatchForChanges { get; set; } = true;
}

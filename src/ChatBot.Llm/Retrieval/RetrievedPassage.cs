namespace ChatBot.Llm.Retrieval;

/// <summary>
/// One retrieved passage. <see cref="Text"/> is the document text exactly between <see cref="Start"/> and
/// <see cref="End"/>; <see cref="Sentences"/> are absolute (Start, End) offsets inside that range, in order.
/// </summary>
public sealed record RetrievedPassage(
    string PassageId,
    string File,
    string Publisher,
    string Title,
    string? Date,
    string Section,
    int Start,
    int End,
    string Text,
    IReadOnlyList<(int Start, int End)> Sentences)
{
    /// <summary>False when offsets and text disagree; such a passage is never shown to the model.</summary>
    public bool IsConsistent =>
        End - Start == Text.Length
        && Sentences.All(s => s.Start >= Start && s.End <= End && s.Start < s.End);

    /// <summary>Stored text between two absolute offsets inside this passage.</summary>
    public string Slice(int start, int end) => Text[(start - Start)..(end - Start)];
}

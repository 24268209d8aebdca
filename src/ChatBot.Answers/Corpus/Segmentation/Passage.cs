namespace ChatBot.Answers.Corpus.Segmentation;

/// <summary>A unit a reader would name: a numbered item with its sub-items, a bullet, a paragraph.</summary>
public sealed record Passage(
    int Id,
    SourceDocument Document,
    string Section,
    int Start,
    int End,
    IReadOnlyList<TextSpan> Pieces,
    IReadOnlyList<Sentence> Sentences)
{
    /// <summary>The document's text exactly at [Start, End).</summary>
    public string Text => Document.Text[Start..End];
}

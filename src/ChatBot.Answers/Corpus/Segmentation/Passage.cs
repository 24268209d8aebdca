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
    /// <summary>The parties the passage's document speaks for (its own programme, or a joint text's signatories).</summary>
    public IReadOnlyList<string> Speakers { get; init; } = [];

    /// <summary>Per sentence, the parties it is about (speakers included); see Subjects.SubjectReader.</summary>
    public IReadOnlyList<IReadOnlyList<string>> SentenceSubjects { get; init; } = [];

    /// <summary>The document is an excerpt that stops mid-sentence here: the last sentence is cut off.</summary>
    public bool CutOff { get; init; }

    /// <summary>Every party the passage is about.</summary>
    public IEnumerable<string> Subjects => Speakers.Concat(SentenceSubjects.SelectMany(s => s)).Distinct(StringComparer.Ordinal);

    /// <summary>Whom a question can name to reach this passage: its publisher, its speakers and its subjects.</summary>
    public IEnumerable<string> Who => Subjects.Prepend(Document.Publisher).Distinct(StringComparer.Ordinal);

    /// <summary>The document's text exactly at [Start, End).</summary>
    public string Text => Document.Text[Start..End];
}

namespace ChatBot.Answers.Corpus.Segmentation;

/// <summary>A half-open character range [Start, End) of a document's text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
}

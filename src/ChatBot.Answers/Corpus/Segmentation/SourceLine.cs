namespace ChatBot.Answers.Corpus.Segmentation;

internal enum LineKind { Blank, Noise, Bullet, Numbered, Text }

/// <summary>One physical line: its trimmed span, indentation and what it looks like.</summary>
internal sealed record SourceLine(int Start, int End, int Indent, LineKind Kind, int? Number, int BlankLinesBefore)
{
    public int Length => End - Start;
}

namespace ChatBot.Answers.Corpus.Segmentation;

/// <summary>
/// Groups content lines into passages. Web text has a paragraph per line and numbered lists whose deeper-indented
/// sub-items belong to their item; PDF text is hard-wrapped, so lines join until a bullet, a numbered item, a heading or
/// a paragraph break (a short line followed by a capital) starts the next unit.
/// </summary>
public static class PassageSegmenter
{
    private const int MaxHeadingLength = 100;

    public static IReadOnlyList<Passage> Segment(SourceDocument document, Lexicon.Lexicon lexicon, int firstId)
    {
        var lines = LineClassifier.Classify(document, lexicon);
        var content = lines.Where(l => l.Kind is not (LineKind.Blank or LineKind.Noise)).ToList();
        var maxLength = content.Count == 0 ? 0 : content.Max(l => l.Length);
        var units = new List<(string Section, List<SourceLine> Lines)>();
        string heading = document.Info.Title;
        var listNumber = 0;
        var lastNumber = 0;
        List<SourceLine>? current = null;
        SourceLine? previous = null;
        var text = document.Text;

        for (var i = 0; i < content.Count; i++)
        {
            var line = content[i];
            var next = i + 1 < content.Count ? content[i + 1] : null;
            var body = text[line.Start..line.End];
            switch (line.Kind)
            {
                case LineKind.Numbered when IsHeading(body, line.BlankLinesBefore, next, previous, text, document.Format, numbered: true):
                case LineKind.Text when IsHeading(body, line.BlankLinesBefore, next, previous, text, document.Format, numbered: false):
                    heading = body;
                    listNumber = 0;
                    lastNumber = 0;
                    current = null;
                    break;
                case LineKind.Numbered or LineKind.Bullet when document.Format == TextFormat.Web && current is not null && previous is not null
                                                              && line.Indent > current[0].Indent && current[0].Kind != LineKind.Text:
                    current.Add(line); // a sub-item stays with its item
                    break;
                case LineKind.Numbered:
                    if (line.Number <= lastNumber || lastNumber == 0)
                    {
                        listNumber++;
                    }

                    lastNumber = line.Number ?? 0;
                    current = [line];
                    units.Add((listNumber > 1 ? $"{heading} › {Ordinal(listNumber)} › {line.Number}" : $"{heading} › {line.Number}", current));
                    break;
                case LineKind.Bullet:
                    current = [line];
                    units.Add((heading, current));
                    break;
                default:
                    if (document.Format == TextFormat.Pdf && current is not null && previous is not null
                        && !IsParagraphBreak(previous, line.BlankLinesBefore, body, text, maxLength))
                    {
                        current.Add(line);
                    }
                    else
                    {
                        current = [line];
                        units.Add((heading, current));
                    }

                    break;
            }

            previous = line;
        }

        var passages = new List<Passage>(units.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (section, unitLines) in units)
        {
            var pieces = MergePieces(unitLines, text);
            // Compared by words only: a pull quote may use other quotation marks than the paragraph it repeats.
            var key = string.Join(' ', Retrieval.Words.Split(string.Join(' ', pieces.Select(p => text[p.Start..p.End]))));
            if (!seen.Add(key) || key.Length >= 40 && seen.Any(k => k.Length > key.Length && k.Contains(key, StringComparison.Ordinal)))
            {
                continue; // the same text printed twice (a pull quote repeating a paragraph) is one passage
            }

            var sentences = SentenceSplitter.Split(text, unitLines, pieces);
            passages.Add(new Passage(firstId + passages.Count, document, section, pieces[0].Start, pieces[^1].End, pieces, sentences));
        }

        return passages;
    }

    private static string Ordinal(int listNumber) => $"list {listNumber}";

    private static bool EndsSentence(string body) => body.Length > 0 && ".!?:;,…".Contains(body[^1], StringComparison.Ordinal);

    private static bool IsHeading(string body, int gapBefore, SourceLine? next, SourceLine? previous, string text, TextFormat format, bool numbered)
    {
        if (next is null || body.Length > MaxHeadingLength || EndsSentence(body.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9')) && !numbered)
        {
            return false;
        }

        if (numbered)
        {
            // "1. De waarde van het vluchtelingenverdrag1" in a letter: a short numbered line without a full stop
            // followed by prose is a section heading, not a list item.
            return format == TextFormat.Pdf && body.Length <= 70 && next.Kind == LineKind.Text && next.Length > body.Length;
        }

        var first = body[0];
        if (!char.IsUpper(first) && !char.IsDigit(first))
        {
            return false;
        }

        if (format == TextFormat.Pdf)
        {
            // In hard-wrapped text a short line is a heading only where a sentence has just ended.
            var prev = previous is null ? "" : text[previous.Start..previous.End];
            // In hard-wrapped text a short line is a heading only where a sentence has just ended (or a wider gap
            // than the usual one blank line says so), and the line after it starts a new sentence.
            var nextStartsUpper = char.IsUpper(text[next.Start]) || next.Kind is LineKind.Bullet or LineKind.Numbered;
            return body.Length <= 70 && nextStartsUpper && (previous is null || EndsSentence(prev) || gapBefore >= 2);
        }

        return true;
    }

    private static bool IsParagraphBreak(SourceLine previous, int gapBefore, string body, string text, int maxLength)
    {
        if (body.Length == 0 || !char.IsUpper(body[0]))
        {
            return false;
        }

        var prev = text[previous.Start..previous.End];
        return gapBefore >= 2 || previous.Length < maxLength * 0.72 && EndsSentence(prev.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'));
    }

    /// <summary>Adjacent lines separated only by whitespace form one piece; anything else between them splits.</summary>
    private static List<TextSpan> MergePieces(List<SourceLine> lines, string text)
    {
        var pieces = new List<TextSpan>();
        foreach (var line in lines)
        {
            if (pieces.Count > 0 && IsWhitespace(text, pieces[^1].End, line.Start))
            {
                pieces[^1] = pieces[^1] with { End = line.End };
            }
            else
            {
                pieces.Add(new TextSpan(line.Start, line.End));
            }
        }

        return pieces;
    }

    internal static bool IsWhitespace(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i])) return false;
        }

        return true;
    }
}

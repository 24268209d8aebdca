using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Import.Pdf;

/// <summary>
/// Joins a PDF's printed lines into paragraphs, one per output line: a line starts a new paragraph after a wider gap
/// than the body's line spacing, in another block, at a bullet or list number, or where the type changes (a heading
/// is larger or bold and short). A paragraph goes on across a page break when its sentence does.
/// </summary>
internal static partial class PdfParagraphs
{
    [GeneratedRegex(@"^(?:[•▪●◦·*\-–]\s|\d{1,2}[.)]\s)")] private static partial Regex ListStart();

    public static IReadOnlyList<string> Join(IReadOnlyList<PdfTextLine> lines, Hyphenation hyphenation)
    {
        if (lines.Count == 0) return [];
        var body = BodySize(lines);
        var spacing = LineSpacing(lines, body);
        var paragraphs = new List<StringBuilder>();
        PdfTextLine? previous = null;
        var current = new StringBuilder();
        foreach (var line in lines)
        {
            if (previous is not null && StartsNew(previous, line, body, spacing, current))
            {
                paragraphs.Add(current);
                current = new StringBuilder();
            }

            var text = Normalise(line.Text);
            if (current.Length == 0) current.Append(text);
            else if (Hyphenation.Breaks(current.ToString(), text))
            {
                var joined = hyphenation.Join(current.ToString(), text);
                current.Clear().Append(joined);
            }
            else current.Append(' ').Append(text);

            previous = line;
        }

        paragraphs.Add(current);
        return [.. paragraphs.Select(p => p.ToString().Trim()).Where(p => p.Length > 0)];
    }

    /// <summary>The type most characters are set in.</summary>
    private static double BodySize(IReadOnlyList<PdfTextLine> lines) =>
        lines.GroupBy(l => l.FontSize).OrderByDescending(g => g.Sum(l => l.Text.Length)).First().Key;

    /// <summary>The usual distance between baselines of body lines within a block.</summary>
    private static double LineSpacing(IReadOnlyList<PdfTextLine> lines, double body)
    {
        var gaps = new List<double>();
        for (var i = 1; i < lines.Count; i++)
        {
            var (a, b) = (lines[i - 1], lines[i]);
            if (a.Page == b.Page && a.Block == b.Block && IsBody(a, body) && IsBody(b, body) && a.Baseline > b.Baseline)
            {
                gaps.Add(a.Baseline - b.Baseline);
            }
        }

        if (gaps.Count == 0) return body * 1.2;
        gaps.Sort();
        return gaps[gaps.Count / 2];
    }

    private static bool IsBody(PdfTextLine line, double body) => Math.Abs(line.FontSize - body) < 0.5 && !line.Bold;

    private static bool IsHeading(PdfTextLine line, double body) =>
        line.Text.Length <= 120 && (line.FontSize > body * 1.15 || line.Bold && Math.Abs(line.FontSize - body) < 0.5 && !EndsSentence(line.Text));

    private static bool StartsNew(PdfTextLine previous, PdfTextLine line, double body, double spacing, StringBuilder current)
    {
        var previousHeading = IsHeading(previous, body);
        var heading = IsHeading(line, body);
        if (previousHeading || heading)
        {
            // A heading over two lines is one heading.
            return !(previousHeading && heading && previous.Page == line.Page && Math.Abs(previous.FontSize - line.FontSize) < 0.5
                     && previous.Baseline - line.Baseline <= previous.FontSize * 1.6);
        }

        if (ListStart().IsMatch(line.Text)) return true;
        var text = current.ToString();
        // A list item's lines hang under its text; a line further left is the text after the list.
        if (ListStart().IsMatch(text) && previous.Page == line.Page && line.Left < previous.Left - 2) return true;
        if (previous.Page != line.Page)
        {
            // Across a page break a sentence goes on when it has not ended and the next line carries on in lower case.
            return EndsSentence(text) || !(char.IsLower(line.Text[0]) || text.EndsWith(',') || text.EndsWith('-'));
        }

        if (previous.Block != line.Block && EndsSentence(text)) return true;
        var gap = previous.Baseline - line.Baseline;
        return gap <= 0 || gap > spacing * 1.4 || Math.Abs(line.FontSize - previous.FontSize) >= 0.5;
    }

    private static bool EndsSentence(string text) => text.Length > 0 && ".!?:;”\"".Contains(text[^1], StringComparison.Ordinal);

    /// <summary>Ligatures and odd spaces as plain letters and spaces, so a quote matches what a reader types.</summary>
    private static string Normalise(string text) => text
        .Replace("\uFB01", "fi", StringComparison.Ordinal).Replace("\uFB02", "fl", StringComparison.Ordinal)
        .Replace("\uFB00", "ff", StringComparison.Ordinal).Replace("\uFB03", "ffi", StringComparison.Ordinal)
        .Replace('\u00A0', ' ').Replace('\t', ' ');
}

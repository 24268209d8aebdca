using System.Text.RegularExpressions;

namespace ChatBot.Answers.Corpus.Segmentation;

/// <summary>
/// Splits a document into lines and marks what is not content: navigation chrome (lexicon), page numbers, pasted URLs,
/// PDF footnote blocks, repeated short title lines.
/// </summary>
internal static partial class LineClassifier
{
    [GeneratedRegex(@"^\d{1,3}$")] private static partial Regex PageNumber();
    [GeneratedRegex(@"^(https?://|www\.)\S*$", RegexOptions.IgnoreCase)] private static partial Regex Url();
    [GeneratedRegex(@"^\d{1,2} \p{L}")] private static partial Regex FootnoteStart();
    [GeneratedRegex(@"^[•\-–·▪●*]\s+\S")] private static partial Regex Bullet();
    [GeneratedRegex(@"\G(?:date|datum) \d{4}(?:-\d{2}){0,2}\s+(?=\S)", RegexOptions.IgnoreCase)] private static partial Regex LeadingDate();
    [GeneratedRegex(@"^(\d{1,2})[.)]\s+\S")] private static partial Regex Numbered();

    public static IReadOnlyList<SourceLine> Classify(SourceDocument document, Lexicon.Lexicon lexicon)
    {
        var text = document.Text;
        var lines = new List<SourceLine>();
        var seenShort = new HashSet<string>(StringComparer.Ordinal);
        var inFootnote = false;
        var blanks = 0;
        var pos = 0;
        while (pos <= text.Length)
        {
            var nl = text.IndexOf('\n', pos);
            var end = nl < 0 ? text.Length : nl;
            var s = pos;
            var e = end;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            // A saved page's date marker ("date 2021-03 Immigratie; …") is not part of the paragraph it precedes.
            if (LeadingDate().Match(text, s, e - s) is { Success: true } marker) s += marker.Length;
            var indent = s - pos;
            var line = text[s..e];
            var kind = Kind(line, document.Format, lexicon, ref inFootnote, seenShort);
            var number = kind == LineKind.Numbered ? int.Parse(Numbered().Match(line).Groups[1].ValueSpan, provider: null) : (int?)null;
            lines.Add(new SourceLine(s, e, indent, kind, number, blanks));
            blanks = kind == LineKind.Blank ? blanks + 1 : 0;
            if (nl < 0) break;
            pos = nl + 1;
        }

        return lines;
    }

    private static LineKind Kind(string line, TextFormat format, Lexicon.Lexicon lexicon, ref bool inFootnote, HashSet<string> seenShort)
    {
        if (line.Length == 0)
        {
            return LineKind.Blank;
        }

        if (lexicon.IsNavigation(line) || PageNumber().IsMatch(line) || Url().IsMatch(line))
        {
            return LineKind.Noise;
        }

        var structural = Bullet().IsMatch(line) || Numbered().IsMatch(line);
        if (format == TextFormat.Pdf)
        {
            // A footnote block runs from "1 Zie ook …" through its continuation lines and pasted URLs.
            if (FootnoteStart().IsMatch(line))
            {
                inFootnote = true;
                return LineKind.Noise;
            }

            if (inFootnote && !structural && !char.IsUpper(line[0]))
            {
                return LineKind.Noise;
            }

            inFootnote = false;
        }

        if (Bullet().IsMatch(line))
        {
            return LineKind.Bullet;
        }

        if (Numbered().IsMatch(line))
        {
            return LineKind.Numbered;
        }

        // Web pages repeat their title in breadcrumbs and banners; only the first short occurrence is content.
        if (line.Length < 60 && !seenShort.Add(line))
        {
            return LineKind.Noise;
        }

        return LineKind.Text;
    }
}

using System.Text.RegularExpressions;

namespace ChatBot.Answers.Corpus.Segmentation;

/// <summary>
/// Finds sentences inside a passage's pieces: after . ! ? (with closing quotes and footnote digits) followed by a
/// capital, and at every list item. Abbreviations such as "o.a." and "e.g." do not end a sentence.
/// </summary>
internal static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "o.a", "m.n", "bijv", "bv", "e.g", "i.e", "d.w.z", "nr", "mr", "dr", "st", "ca", "etc", "vs", "jl", "resp", "zgn",
        "incl", "excl", "art", "mln", "mld", "blz", "p", "pag", "no", "mw", "dhr", "prof", "ir", "ing", "drs", "t.a.v", "a.s",
    };

    [GeneratedRegex(@"^(?:[•\-–·▪●*]|\d{1,2}[.)])\s+")] private static partial Regex Marker();

    public static IReadOnlyList<Sentence> Split(string text, IReadOnlyList<SourceLine> lines, IReadOnlyList<TextSpan> pieces)
    {
        // List markers ("1.", "•") are not sentence text: leave them out, and start a sentence after each.
        var markers = new Dictionary<int, int>();
        foreach (var line in lines)
        {
            if (line.Kind is LineKind.Bullet or LineKind.Numbered)
            {
                markers[line.Start] = Marker().Match(text, line.Start, line.End - line.Start).Length;
            }
        }

        var pos = new List<int>(pieces.Sum(p => p.Length));
        var starts = new SortedSet<int> { 0 };
        foreach (var p in pieces)
        {
            for (var i = p.Start; i < p.End; i++)
            {
                if (markers.TryGetValue(i, out var length))
                {
                    i += length - 1;
                    starts.Add(pos.Count);
                    continue;
                }

                pos.Add(i);
            }
        }

        for (var k = 0; k < pos.Count; k++)
        {
            var c = text[pos[k]];
            if (c is not ('.' or '!' or '?' or '…') || (c == '.' && IsAbbreviation(text, pos[k])))
            {
                continue;
            }

            var j = k + 1;
            while (j < pos.Count && (text[pos[j]] is '’' or '\'' or '"' or '”' or ')' || char.IsDigit(text[pos[j]])) && Contiguous(pos, j)) j++;
            if (j >= pos.Count || (!char.IsWhiteSpace(text[pos[j]]) && Contiguous(pos, j)))
            {
                continue;
            }

            while (j < pos.Count && char.IsWhiteSpace(text[pos[j]])) j++;
            if (j < pos.Count && StartsSentence(text[pos[j]]))
            {
                starts.Add(j);
            }
        }

        var ordered = starts.Where(s => s < pos.Count).ToList();
        var sentences = new List<Sentence>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var from = ordered[i];
            var to = i + 1 < ordered.Count ? ordered[i + 1] : pos.Count;
            var spans = Spans(text, pos, from, to);
            if (spans.Count > 0)
            {
                sentences.Add(new Sentence(spans[0].Start, spans[^1].End, spans));
            }
        }

        return sentences;
    }

    private static bool Contiguous(List<int> pos, int j) => pos[j] == pos[j - 1] + 1;

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '‘' or '\'' or '"' or '“' or '(' or '•' or '-' or '–';

    private static bool IsAbbreviation(string text, int dot)
    {
        var s = dot;
        while (s > 0 && (char.IsLetter(text[s - 1]) || text[s - 1] == '.')) s--;
        var word = text[s..dot];
        return word.Length == 1 && char.IsLetter(word[0]) && char.IsUpper(word[0]) || Abbreviations.Contains(word);
    }

    /// <summary>The file spans a sentence covers, split where non-whitespace between pieces was left out.</summary>
    private static List<TextSpan> Spans(string text, List<int> pos, int from, int to)
    {
        var raw = new List<TextSpan>();
        var start = pos[from];
        for (var j = from + 1; j < to; j++)
        {
            if (pos[j] != pos[j - 1] + 1 && !PassageSegmenter.IsWhitespace(text, pos[j - 1] + 1, pos[j]))
            {
                raw.Add(new TextSpan(start, pos[j - 1] + 1));
                start = pos[j];
            }
        }

        raw.Add(new TextSpan(start, pos[to - 1] + 1));
        var trimmed = new List<TextSpan>(raw.Count);
        foreach (var span in raw)
        {
            var s = span.Start;
            var e = span.End;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) trimmed.Add(new TextSpan(s, e));
        }

        return trimmed;
    }
}

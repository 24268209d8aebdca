using ChatBot.Answers.Answering;
using ChatBot.Answers.Corpus.Segmentation;

namespace ChatBot.Web.Links;

/// <summary>
/// Where each fragment of a quote lies in its document: the quote's fragments (joined by " … ") are found in order
/// inside [start, end), whitespace-insensitively, as the quote was folded from that text.
/// </summary>
public static class QuoteSpans
{
    public static IReadOnlyList<TextSpan> Locate(string text, int start, int end, string quote)
    {
        var whole = new TextSpan(start, end);
        var fragments = quote.Split(QuoteBuilder.Gap);
        if (fragments.Length <= 1 || start < 0 || end > text.Length || start >= end)
        {
            return [whole];
        }

        var spans = new List<TextSpan>(fragments.Length);
        var at = start;
        foreach (var fragment in fragments)
        {
            if (Find(text, at, end, fragment.Trim()) is not { } found)
            {
                return [whole];
            }

            spans.Add(found);
            at = found.End;
        }

        return spans;
    }

    private static TextSpan? Find(string text, int from, int to, string fragment)
    {
        if (fragment.Length == 0) return null;
        for (var i = from; i < to; i++)
        {
            if (Matches(text, i, to, fragment) is { } matchEnd) return new TextSpan(i, matchEnd);
        }

        return null;
    }

    // A single space in the fragment stands for a run of whitespace in the text (Whitespace.Fold).
    private static int? Matches(string text, int i, int to, string fragment)
    {
        var j = i;
        foreach (var c in fragment)
        {
            if (c == ' ')
            {
                if (j >= to || !char.IsWhiteSpace(text[j])) return null;
                while (j < to && char.IsWhiteSpace(text[j])) j++;
            }
            else
            {
                if (j >= to || text[j] != c) return null;
                j++;
            }
        }

        return j;
    }
}

using System.Globalization;
using ChatBot.Answers.Corpus.Segmentation;
using Microsoft.Extensions.Primitives;

namespace ChatBot.Web.Sources;

/// <summary>
/// The spans a source page highlights: <c>?start=S&amp;end=E</c>, repeated once per fragment of a quote whose
/// fragments are joined by " … ". Parsed from the query only; checked against the document's length.
/// </summary>
internal static class Highlight
{
    public const int MaxSpans = 20;

    /// <summary>The spans in document order, or a plain reason why the offsets are unusable.</summary>
    public static (IReadOnlyList<TextSpan> Spans, string? Error) Parse(StringValues starts, StringValues ends, int textLength)
    {
        if (starts.Count == 0 && ends.Count == 0)
        {
            return ([], null);
        }

        // A value that is not a number is named first: "?start=abc" is a typo, not a missing end.
        foreach (var (name, values) in new[] { ("start", starts), ("end", ends) })
        {
            if (values.FirstOrDefault(v => !int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out _)) is { } bad)
            {
                return ([], $"{name}={bad} is not a number of characters from the start of the document: start and end are whole numbers from 0, for example ?start=120&end=240.");
            }
        }

        if (starts.Count != ends.Count)
        {
            return ([], "start and end come in pairs: give as many end values as start values.");
        }

        if (starts.Count > MaxSpans)
        {
            return ([], $"At most {MaxSpans} start/end pairs.");
        }

        var spans = new List<TextSpan>(starts.Count);
        for (var i = 0; i < starts.Count; i++)
        {
            if (!int.TryParse(starts[i], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(ends[i], NumberStyles.None, CultureInfo.InvariantCulture, out var end))
            {
                return ([], "start and end must be whole numbers (character offsets into the document).");
            }

            if (start >= end || end > textLength)
            {
                return ([], $"Offsets {start}-{end} are not a span of this document (0 ≤ start < end ≤ {textLength}).");
            }

            spans.Add(new TextSpan(start, end));
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (var i = 1; i < spans.Count; i++)
        {
            if (spans[i].Start < spans[i - 1].End)
            {
                return ([], "The start/end spans overlap.");
            }
        }

        return (spans, null);
    }
}

using System.Text.RegularExpressions;

namespace ChatBot.Llm.Grounding;

/// <summary>Rules for the words a model writes itself: what it puts in quotation marks, and how its claims are laid out.</summary>
internal static partial class ClaimText
{
    public static bool QuotedWordsAreVerbatim(string claim, IReadOnlyList<GroundedCitation> citations)
    {
        foreach (Match quoted in QuotedSegment().Matches(claim).Concat(SingleQuotedSegment().Matches(claim)))
        {
            var words = quoted.Groups[1].Value.Trim();
            if (words.Length > 0 && !citations.Any(c => WhitespaceInsensitiveText.Contains(c.Passage.Text, words)))
            {
                return false;
            }
        }

        return true;
    }

    // One line per claim, and only our own citation markers: a claim cannot fake a sources list or point [2] elsewhere.
    public static string Tidy(string text) =>
        string.Join(' ', OwnMarker().Replace(text, " ").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace(" .", ".", StringComparison.Ordinal);

    // Text in double or guillemet quotation marks (straight, curly, low-9); single quotes are Dutch apostrophes.
    [GeneratedRegex("[\"“”„«»]([^\"“”„«»]{2,})[\"“”„«»]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex QuotedSegment();

    // Text in single curly quotes opened by ‘ (U+2018); a lone ’ is an apostrophe (zo’n, azc’s) and opens nothing.
    [GeneratedRegex("‘([^‘]{2,}?)’(?![\\p{L}])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex SingleQuotedSegment();

    [GeneratedRegex(@"\[\s*S?\d+(?:\s*\.\s*\d+)?\s*\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex OwnMarker();
}

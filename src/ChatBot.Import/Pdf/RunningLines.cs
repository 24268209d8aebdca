using System.Text.RegularExpressions;

namespace ChatBot.Import.Pdf;

/// <summary>
/// Running headers, footers and page numbers: a line at the top or bottom of its page whose text (digits aside) comes
/// back at the top or bottom of most pages, or a bare page number there ("3", "- 3 -", "Pagina 3 van 12").
/// </summary>
internal static partial class RunningLines
{
    /// <summary>How many lines from either end of a page are looked at.</summary>
    private const int Edge = 2;

    [GeneratedRegex(@"^(?:[-–—]\s*)?(?:(?:pagina|page|blz\.?|p\.)\s*)?\d{1,4}(?:\s*(?:/|van|of)\s*\d{1,4})?(?:\s*[-–—])?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")] private static partial Regex Digits();

    public static IReadOnlyList<PdfTextLine> Remove(IReadOnlyList<PdfTextLine> lines, int pageCount)
    {
        var atEdge = lines.Where(AtEdge).ToList();
        var pagesPerKey = atEdge.GroupBy(Key).ToDictionary(g => g.Key, g => g.Select(l => l.Page).Distinct().Count(), StringComparer.Ordinal);
        // "Most pages": half of them, and at least two, so a one-page document keeps its title.
        var needed = Math.Max(2, (pageCount + 1) / 2);
        return [.. lines.Where(l => !AtEdge(l) || !(PageNumber().IsMatch(l.Text) || pagesPerKey[Key(l)] >= needed))];
    }

    private static bool AtEdge(PdfTextLine line) => line.FromTop < Edge || line.FromBottom < Edge;

    private static string Key(PdfTextLine line) => Digits().Replace(string.Join(' ', line.Text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)), "#");
}

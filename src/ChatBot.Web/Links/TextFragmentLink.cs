using ChatBot.Answers.Answering;

namespace ChatBot.Web.Links;

/// <summary>
/// A link into the original web page that makes the browser highlight the quote: <c>url#:~:text=start,end</c>
/// (URL Fragment Text Directives). Each term is percent-encoded, '-', ',' and '&amp;' included, as the spec asks.
/// </summary>
public static class TextFragmentLink
{
    /// <summary>Words taken from each end of a long quote; a short quote is matched whole.</summary>
    public const int EdgeWords = 4;

    public static string Build(string pageUrl, string quote)
    {
        var fragments = quote.Split(QuoteBuilder.Gap);
        var first = Words(fragments[0]);
        var last = Words(fragments[^1]);
        var directive = fragments.Length == 1 && first.Length <= 2 * EdgeWords
            ? Encode(first)
            : Encode(first[..Math.Min(EdgeWords, first.Length)]) + "," + Encode(last[Math.Max(0, last.Length - EdgeWords)..]);
        var hash = pageUrl.IndexOf('#', StringComparison.Ordinal);
        return (hash < 0 ? pageUrl : pageUrl[..hash]) + "#:~:text=" + directive;
    }

    /// <summary>The start and end terms of a text-fragment link, decoded (end is null for a single term).</summary>
    public static (string Start, string? End)? Parse(string link)
    {
        var at = link.IndexOf("#:~:text=", StringComparison.Ordinal);
        if (at < 0) return null;
        var terms = link[(at + "#:~:text=".Length)..].Split(',');
        return (Uri.UnescapeDataString(terms[0]), terms.Length > 1 ? Uri.UnescapeDataString(terms[^1]) : null);
    }

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // EscapeDataString leaves only A-Z a-z 0-9 - . _ ~ as they are; '-' is a directive delimiter and must be encoded too.
    private static string Encode(string[] words) => Uri.EscapeDataString(string.Join(' ', words)).Replace("-", "%2D", StringComparison.Ordinal);
}

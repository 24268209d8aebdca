using System.Text;

namespace ChatBot.Telegram.Rendering;

/// <summary>
/// Escaping for Telegram's HTML parse mode: only &lt;, &gt;, &amp; (and " inside attributes) need it. Our own escaper
/// rather than WebUtility.HtmlEncode, which also turns é into &amp;#233; and so inflates the 4,096-character budget.
/// </summary>
internal static class TelegramHtml
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.AsSpan().IndexOfAny("<>&\"") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                _ => null,
            } ?? c.ToString());
        }

        return builder.ToString();
    }

    public static string Bold(string text) => $"<b>{Escape(text)}</b>";

    public static string Italic(string text) => $"<i>{Escape(text)}</i>";

    /// <summary>
    /// Only http(s) links become anchors; anything else is shown as escaped text. A URL already in printable ASCII is
    /// kept as written: Uri.AbsoluteUri would unescape %2D to '-', which is a delimiter in a text-fragment link.
    /// </summary>
    public static string Link(string text, string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? $"<a href=\"{Escape(url!.All(c => c is > ' ' and < '\u007f') ? url : uri.AbsoluteUri)}\">{Escape(text)}</a>"
            : Escape(text);

    public static string Blockquote(string text, bool expandable) =>
        expandable ? $"<blockquote expandable>{Escape(text)}</blockquote>" : $"<blockquote>{Escape(text)}</blockquote>";

    /// <summary>Plain text of limited length for places without markup (inline result titles).</summary>
    public static string Shorten(string text, int maxLength)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= maxLength ? flat : string.Concat(flat.AsSpan(0, maxLength - 1), "…");
    }
}

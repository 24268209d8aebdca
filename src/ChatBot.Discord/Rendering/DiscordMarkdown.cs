using System.Text;

namespace ChatBot.Discord.Rendering;

/// <summary>
/// Makes user and document text inert in Discord markdown: markup characters get a backslash (Discord shows the
/// character, not the formatting) and @everyone/@here get a zero-width space so they are not even shown as a
/// mention. allowed_mentions already stops any ping; this keeps the echo harmless too.
/// </summary>
public static class DiscordMarkdown
{
    private const string Markup = "\\*_~`|[]<>#";
    private const char ZeroWidthSpace = '\u200B';

    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (Markup.Contains(c, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return NeutralizeMentions(sb.ToString());
    }

    public static string NeutralizeMentions(string text) => text
        .Replace("@everyone", "@" + ZeroWidthSpace + "everyone", StringComparison.OrdinalIgnoreCase)
        .Replace("@here", "@" + ZeroWidthSpace + "here", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// User text shown literally: a code span renders no markdown and no mention, so "@everyone" is visible and inert.
    /// Backticks (which would end the span) become ˋ and line breaks spaces; an empty text stays empty.
    /// </summary>
    public static string CodeSpan(string text)
    {
        var inert = text.Replace('`', 'ˋ').ReplaceLineEndings(" ").Trim();
        return inert.Length == 0 ? "" : $"`{inert}`";
    }

    /// <summary>Cuts at <paramref name="max"/> characters with an ellipsis, never splitting an escape or a surrogate pair.</summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = Math.Max(0, max - 1);
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        var head = text[..cut];
        // An odd run of trailing backslashes would escape the ellipsis or leave a dangling escape.
        var slashes = head.Length - head.TrimEnd('\\').Length;
        if (slashes % 2 == 1)
        {
            head = head[..^1];
        }

        return head + "…";
    }
}

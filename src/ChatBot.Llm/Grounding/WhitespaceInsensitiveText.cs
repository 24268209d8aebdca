namespace ChatBot.Llm.Grounding;

/// <summary>
/// Finds a quote in stored text ignoring differences in whitespace only (runs of spaces, tabs and line breaks are
/// one space; leading and trailing whitespace does not count). Letters, case and punctuation must match exactly.
/// </summary>
internal static class WhitespaceInsensitiveText
{
    /// <summary>Offsets (relative to <paramref name="text"/>) of the first match, or null.</summary>
    public static (int Start, int End)? Find(string text, string quote)
    {
        var (needle, _) = Normalize(quote);
        if (needle.Length == 0)
        {
            return null;
        }

        var (haystack, map) = Normalize(text);
        var at = haystack.IndexOf(needle, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        return (map[at], map[at + needle.Length - 1] + 1);
    }

    public static bool Contains(string text, string quote) => Find(text, quote) is not null;

    // Collapsed text plus, for each of its characters, the index of the original character it came from.
    private static (string Text, int[] Map) Normalize(string text)
    {
        var chars = new char[text.Length];
        var map = new int[text.Length];
        var length = 0;
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                chars[length] = ' ';
                map[length++] = i - 1;
                pendingSpace = false;
            }

            chars[length] = text[i];
            map[length++] = i;
        }

        return (new string(chars, 0, length), map);
    }
}

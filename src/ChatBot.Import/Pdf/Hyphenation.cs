namespace ChatBot.Import.Pdf;

/// <summary>
/// A word broken across lines ("asiel-" / "zoekers"): joined without the hyphen only when the whole word is a real
/// word (in the word list or elsewhere in the document unbroken); otherwise the hyphen stays ("EU-" / "landen"), as
/// in a Dutch compound. Never a space inside the word.
/// </summary>
internal sealed class Hyphenation(IReadOnlySet<string> realWords, IReadOnlySet<string> documentWords)
{
    /// <summary>True when <paramref name="line"/> ends in a hyphen that may break a word continued by <paramref name="next"/>.</summary>
    public static bool Breaks(string line, string next) =>
        line.Length >= 3 && (line[^1] is '-' or '\u00AD') && char.IsLetter(line[^2]) && next.Length > 0 && char.IsLower(next[0]);

    /// <summary>The two lines as one: the broken word whole, or with its hyphen where it is not a known word.</summary>
    public string Join(string line, string next)
    {
        var head = line[..^1];
        var start = head.Length;
        while (start > 0 && char.IsLetter(head[start - 1])) start--;
        var end = 0;
        while (end < next.Length && char.IsLetter(next[end])) end++;
        var word = (head[start..] + next[..end]).ToLowerInvariant();
        var known = IsWord(word) || documentWords.Contains(word);
        return known || line[^1] == '\u00AD' ? head + next : head + "-" + next;
    }

    /// <summary>In the word list, also inflected: the list holds headwords ("maatregel"), a text "maatregelen".</summary>
    private bool IsWord(string word) =>
        realWords.Contains(word) || Suffixes.Any(s => word.Length > s.Length + 3 && word.EndsWith(s, StringComparison.Ordinal) && realWords.Contains(word[..^s.Length]));

    private static readonly string[] Suffixes = ["s", "en", "n", "e", "es", "ers", "er"];
}

using System.Text.RegularExpressions;

namespace ChatBot.Answers.Tests.Support;

/// <summary>Text comparison as the evaluation script does it, written independently of the code under test.</summary>
internal static partial class Folding
{
    [GeneratedRegex(@"\s+")] private static partial Regex WhitespaceRun();
    [GeneratedRegex(@"\s*(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*")] private static partial Regex Ellipsis();

    /// <summary>Whitespace runs to one space, trimmed (score.py's norm).</summary>
    public static string Fold(string text) => WhitespaceRun().Replace(text, " ").Trim();

    /// <summary>The verbatim fragments of a quote joined with an ellipsis (score.py's fragments).</summary>
    public static IReadOnlyList<string> Fragments(string quote) =>
        [.. Ellipsis().Split(quote).Select(Fold).Where(f => f.Length > 0)];

    public static IEnumerable<int> IndexesOf(string haystack, string needle)
    {
        if (needle.Length == 0) yield break;
        for (var i = haystack.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = haystack.IndexOf(needle, i + 1, StringComparison.Ordinal))
        {
            yield return i;
        }
    }
}

using System.Text.RegularExpressions;

namespace ChatBot.Answers.Retrieval;

/// <summary>Lower-cased words of a text, keeping inner hyphens and ampersands (bed-bad-broodregeling, dt&amp;v).</summary>
public static partial class Words
{
    [GeneratedRegex(@"[\p{L}\p{N}](?:[\p{L}\p{N}&]|[-'’](?=[\p{L}\p{N}]))*")] private static partial Regex WordPattern();

    public static IReadOnlyList<string> Split(string text) =>
        [.. WordPattern().Matches(text).Select(m => Possessive(m.Value.ToLowerInvariant()))];

    private static string Possessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;
}

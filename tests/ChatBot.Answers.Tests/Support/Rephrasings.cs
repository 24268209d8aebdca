using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Answers.Tests.Support;

/// <summary>
/// Meaning-preserving rephrasings of a question, the way people vary them in chat: case, punctuation and accents
/// dropped, a chat opener or closer, two inner letters of a long word swapped, a short word glued to the next.
/// The same kinds as ../shared/eval/perturb.py, so the suite holds the engine to them without Python.
/// </summary>
public static partial class Rephrasings
{
    private static readonly string[] NlOpeners = ["hoi, ", "vraagje: ", "ff snel: ", "he bot, "];
    private static readonly string[] NlClosers = [" eigenlijk", " pls", " 🙏", " ??"];
    private static readonly string[] EnOpeners = ["hey ", "quick q: ", "ok so ", "yo bot, "];
    private static readonly string[] EnClosers = [" pls", " thx", " ??", " rn"];

    [GeneratedRegex(@"\p{L}+")] private static partial Regex Word();

    public static IEnumerable<(string Kind, string Text)> Of(string question, bool dutch, IReadOnlySet<string> protectedWords, Random random)
    {
        yield return ("lower", question.ToLowerInvariant());
        yield return ("caps", question.ToUpperInvariant());
        yield return ("plain", Regex.Replace(Plain(question), @"[?!.,;:]+", "").Trim());
        var (openers, closers) = dutch ? (NlOpeners, NlClosers) : (EnOpeners, EnClosers);
        yield return ("filler", random.Next(2) == 0 ? openers[random.Next(openers.Length)] + question : question.TrimEnd() + closers[random.Next(closers.Length)]);
        if (Typo(question, protectedWords, random) is { } typo) yield return ("typo", typo);
        if (Glue(question, protectedWords, random) is { } glued) yield return ("glue", glued);
    }

    private static string Plain(string text) =>
        string.Concat(text.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark));

    private static string? Typo(string question, IReadOnlySet<string> protectedWords, Random random)
    {
        var words = Word().Matches(question).Where(m => m.Length >= 8 && !protectedWords.Contains(m.Value.ToLowerInvariant())).ToList();
        if (words.Count == 0) return null;
        var m = words[random.Next(words.Count)];
        var i = random.Next(2, m.Length - 3);
        var w = m.Value;
        var swapped = w[..i] + w[i + 1] + w[i] + w[(i + 2)..];
        return swapped == w ? null : question[..m.Index] + swapped + question[(m.Index + m.Length)..];
    }

    private static string? Glue(string question, IReadOnlySet<string> protectedWords, Random random)
    {
        var words = Word().Matches(question).ToList();
        var pairs = words.Zip(words.Skip(1)).Where(p => p.First.Length <= 3 && p.Second.Length <= 6
            && question[(p.First.Index + p.First.Length)..p.Second.Index] == " "
            && !protectedWords.Contains(p.First.Value.ToLowerInvariant()) && !protectedWords.Contains(p.Second.Value.ToLowerInvariant())).ToList();
        if (pairs.Count == 0) return null;
        var (a, b) = pairs[random.Next(pairs.Count)];
        return question[..(a.Index + a.Length)] + question[b.Index..];
    }
}

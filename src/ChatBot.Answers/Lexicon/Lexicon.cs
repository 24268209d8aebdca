using System.Text.RegularExpressions;
using ChatBot.Answers.Model;

namespace ChatBot.Answers.Lexicon;

/// <summary>One line of the bilingual term list: Dutch and English ways to say the same thing.</summary>
public sealed record TermEntry(IReadOnlyList<string> Dutch, IReadOnlyList<string> English);

/// <summary>
/// The language data beside the seeds (seeds/lexicon): kept as files so that adding a term, a navigation line or a
/// refusal pattern needs no code change.
/// </summary>
public sealed record Lexicon(
    IReadOnlyList<TermEntry> Terms,
    IReadOnlyList<Regex> Navigation,
    IReadOnlyList<Regex> Refusal,
    IReadOnlyList<Regex> OffTopic,
    PartyRegister Parties,
    IReadOnlyDictionary<Language, IReadOnlySet<string>> FunctionWords)
{
    /// <summary>
    /// Real Dutch and English words (words.txt, from FreeDict): a question word among them is not a typo to correct.
    /// As translations FreeDict measured worse than the term list alone (more near-miss answers, no recall gained).
    /// </summary>
    public IReadOnlySet<string> RealWords { get; init; } = new HashSet<string>();

    /// <summary>How people describe a document (documents.tsv): kinds, language adjectives, older/newer.</summary>
    public DocumentWords DocumentWords { get; init; } = DocumentWords.Empty;

    /// <summary>A hash of the lexicon's files: an index saved with another lexicon is not used.</summary>
    public string Fingerprint { get; init; } = "";

    /// <summary>
    /// True when a line is page chrome. A pattern that runs out of time (a very long line on a loaded machine) counts
    /// as no match: the line is kept as text, which is safe, rather than failing the whole corpus build.
    /// </summary>
    public bool IsNavigation(string trimmedLine) => Navigation.Any(r =>
    {
        try
        {
            return r.IsMatch(trimmedLine);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    });

    /// <summary>
    /// True when a pattern of a list matches. A pattern that runs out of time on a long question counts as
    /// <paramref name="onTimeout"/>: a refusal pattern that cannot decide refuses, an off-topic one does not.
    /// </summary>
    public static bool AnyMatch(IReadOnlyList<Regex> patterns, string text, bool onTimeout) => patterns.Any(r =>
    {
        try
        {
            return r.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return onTimeout;
        }
    });

    public bool IsFunctionWord(string word) => FunctionWords.Values.Any(s => s.Contains(word));

    public static Lexicon Empty { get; } = new([], [], [], [], PartyRegister.Empty, new Dictionary<Language, IReadOnlySet<string>>
    {
        [Language.Nl] = new HashSet<string>(),
        [Language.En] = new HashSet<string>(),
    });
}

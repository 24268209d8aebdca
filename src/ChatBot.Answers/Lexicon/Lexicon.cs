using System.Text.RegularExpressions;
using ChatBot.Answers.Model;

namespace ChatBot.Answers.Lexicon;

/// <summary>One line of the bilingual term list: Dutch and English ways to say the same thing.</summary>
public sealed record TermEntry(IReadOnlyList<string> Dutch, IReadOnlyList<string> English)
{
    /// <summary>From the general dictionary rather than the domain term list: a weaker translation.</summary>
    public bool General { get; init; }
}

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
    /// <summary>The general Dutch–English dictionary (dictionary.tsv): consulted only where the term list is silent.</summary>
    public IReadOnlyList<TermEntry> Dictionary { get; init; } = [];

    public bool IsNavigation(string trimmedLine) => Navigation.Any(r => r.IsMatch(trimmedLine));

    public bool IsFunctionWord(string word) => FunctionWords.Values.Any(s => s.Contains(word));

    public static Lexicon Empty { get; } = new([], [], [], [], PartyRegister.Empty, new Dictionary<Language, IReadOnlySet<string>>
    {
        [Language.Nl] = new HashSet<string>(),
        [Language.En] = new HashSet<string>(),
    });
}

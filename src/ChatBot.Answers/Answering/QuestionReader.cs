using System.Text.RegularExpressions;
using ChatBot.Answers.Corpus;
using ChatBot.Answers.Model;
using ChatBot.Answers.Retrieval;

namespace ChatBot.Answers.Answering;

/// <summary>
/// Reads a question: its language, whom it is about (aliases from the manifest, absent parties from the lexicon),
/// what kind of answer it wants, and the words that carry its topic.
/// </summary>
public static partial class QuestionReader
{
    private static readonly HashSet<string> QuestionStarts = new(StringComparer.Ordinal)
    {
        "wat", "wie", "waar", "wanneer", "waarom", "hoe", "welke", "welk", "hoeveel", "is", "zijn", "heeft", "hebben", "wil",
        "willen", "kan", "kunnen", "mag", "mogen", "zegt", "zeggen", "vindt", "vinden", "doet", "gaat", "klopt", "tot", "aan",
        "what", "whats", "who", "where", "when", "why", "how", "which", "is", "are", "does", "do", "did", "can", "will",
        "would", "has", "have", "should", "could", "was", "were", "tell", "explain", "leg", "vertel", "in", "on", "about",
    };

    [GeneratedRegex(@"\b(vs\.?|versus|vergelijk\w*|verschil\w*|compare\w*|comparison|differ\w*|difference|agree|eens|zelfde|hetzelfde|same|tegenover)\b")]
    private static partial Regex CompareCue();

    [GeneratedRegex(@"\b(welke bronnen|wat zijn (je|jouw|de) bronnen|which sources|what sources|list (of )?(the |your )?sources|your sources|bronnenlijst|bronnen\?)")]
    private static partial Regex SourcesCue();

    [GeneratedRegex(@"\b(hoeveel|how many|how much|hoe veel|what number|welk aantal)\b")]
    private static partial Regex QuantityCue();

    [GeneratedRegex(@"\b(1[89]\d\d|20\d\d)\b")]
    private static partial Regex Year();

    public static QuestionProfile Read(string text, QuestionKind? forcedKind, CorpusSnapshot corpus)
    {
        var lower = text.ToLowerInvariant();
        var words = Words.Split(lower);
        var language = DetectLanguage(words, corpus);
        var refused = corpus.Lexicon.Refusal.Any(r => r.IsMatch(lower));

        var consumed = new bool[words.Count];
        var publishers = new List<string>();
        foreach (var document in corpus.Documents)
        {
            foreach (var alias in document.PartyAliases.OrderByDescending(a => a.Length))
            {
                if (MarkPhrase(words, consumed, alias, prefix: alias.Length >= 5) && !publishers.Contains(document.Publisher))
                {
                    publishers.Add(document.Publisher);
                }
            }
        }

        var absent = new List<string>();
        foreach (var party in corpus.Lexicon.AbsentParties)
        {
            if (party.Aliases.Append(party.Name).Any(a => MarkPhrase(words, consumed, a, prefix: false)))
            {
                absent.Add(party.Name.ToUpperInvariant());
            }
        }

        var content = words.Where((w, i) => !consumed[i]).ToList();
        var kind = forcedKind ?? DetectKind(lower, words, publishers);
        return new QuestionProfile(text, language, kind, publishers, absent, content,
            QuantityCue().IsMatch(lower), [.. Year().Matches(lower).Select(m => m.Value)], refused,
            corpus.Lexicon.OffTopic.Any(r => r.IsMatch(lower)));
    }

    private static QuestionKind DetectKind(string lower, IReadOnlyList<string> words, List<string> publishers)
    {
        if (SourcesCue().IsMatch(lower))
        {
            return QuestionKind.Sources;
        }

        if (publishers.Count >= 2 || CompareCue().IsMatch(lower) && publishers.Count >= 1)
        {
            return QuestionKind.Compare;
        }

        // A statement about a party, not a question, is a claim to check: "BIJ1 wil Frontex afschaffen".
        var statement = !lower.TrimEnd().EndsWith('?') && words.Count >= 3 && !QuestionStarts.Contains(words[0]);
        return statement && publishers.Count == 1 ? QuestionKind.Check : QuestionKind.Position;
    }

    private static Language DetectLanguage(IReadOnlyList<string> words, CorpusSnapshot corpus)
    {
        double nl = 0, en = 0;
        var function = corpus.Lexicon.FunctionWords;
        foreach (var word in words)
        {
            var inNl = function[Language.Nl].Contains(word);
            var inEn = function[Language.En].Contains(word);
            if (inNl != inEn)
            {
                if (inNl) nl += 1; else en += 1;
                continue;
            }

            foreach (var entry in corpus.Translator.LookupExact(word))
            {
                var isNl = entry.Dutch.Contains(word);
                var isEn = entry.English.Contains(word);
                if (isNl != isEn)
                {
                    if (isNl) nl += 0.5; else en += 0.5;
                    break;
                }
            }
        }

        return nl > en ? Language.Nl : nl < en ? Language.En : words.Any(w => w.Contains("ij", StringComparison.Ordinal)) ? Language.Nl : Language.En;
    }

    /// <summary>Marks the words of a phrase (or, for long aliases, words starting with it: "coalitieplan").</summary>
    private static bool MarkPhrase(IReadOnlyList<string> words, bool[] consumed, string phrase, bool prefix)
    {
        var parts = Words.Split(phrase);
        if (parts.Count == 0) return false;
        var found = false;
        for (var i = 0; i + parts.Count <= words.Count; i++)
        {
            var match = true;
            for (var j = 0; j < parts.Count && match; j++)
            {
                var last = j == parts.Count - 1;
                match = words[i + j] == parts[j] || last && prefix && words[i + j].StartsWith(parts[j], StringComparison.Ordinal)
                        && words[i + j].Length <= parts[j].Length + 6;
            }

            if (match)
            {
                for (var j = 0; j < parts.Count; j++) consumed[i + j] = true;
                found = true;
            }
        }

        return found;
    }
}

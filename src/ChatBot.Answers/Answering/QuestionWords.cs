using ChatBot.Answers.Corpus;
using ChatBot.Answers.Retrieval;

namespace ChatBot.Answers.Answering;

/// <summary>
/// A question's words as the asker meant them: glued words split ("watzegt hetregeerakkoord" → wat zegt het
/// regeerakkoord) and hyphenated or digit-joined descriptions taken apart ("bbb-stuk", "ps2023-blog"), but only where
/// the whole is no word of the corpus, the language or the party register and every part is one.
/// </summary>
public static class QuestionWords
{
    private const int MinGlued = 5;

    public static IReadOnlyList<string> Read(string lower, CorpusSnapshot corpus)
    {
        var words = Words.Split(lower);
        var names = corpus.Remember("question-words:names", () => NameWords(corpus));
        var result = new List<string>(words.Count + 2);
        foreach (var word in words)
        {
            // Accents for emphasis ("kúnnen") or from another keyboard fold away when the plain word is known.
            var plain = Known(word, corpus, names) ? word : Fold(word);
            result.AddRange(Known(plain, corpus, names) ? [plain] : Split(word, corpus, names));
        }

        return result;
    }

    private static IEnumerable<string> Split(string word, CorpusSnapshot corpus, IReadOnlySet<string> names)
    {
        if (word.Contains('-', StringComparison.Ordinal))
        {
            // The whole is no known word: its known parts are what the asker meant ("bbb-stuk", "ps2023-blog").
            var parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries).SelectMany(p => DigitParts(p, names)).ToList();
            if (parts.Any(p => Known(p, corpus, names))) return parts;
        }

        var digits = DigitParts(word, names);
        if (digits.Count > 1 && digits.Any(p => Known(p, corpus, names))) return digits;
        if (word.Length >= MinGlued && Glued(word, corpus, names) is { } glued) return glued;
        // A typo in a long word ("regereakkoord", "detetnion"): the nearest corpus word, so names and descriptions
        // are read before the topic is.
        if (word.Length >= 6 && !word.Any(char.IsDigit)
            && corpus.Remember("spell:" + word, () => Spelling.Nearest(word, corpus.Vocabulary) ?? "") is { Length: > 0 } corrected)
        {
            return [corrected];
        }

        return [word];
    }

    /// <summary>"ps2023" → ps, 2023; a name with digits ("bij1", "d66") stays whole.</summary>
    private static List<string> DigitParts(string word, IReadOnlySet<string> names)
    {
        if (names.Contains(word) || word.All(char.IsDigit) || !word.Any(char.IsDigit)) return [word];
        var parts = new List<string>();
        var start = 0;
        for (var i = 1; i <= word.Length; i++)
        {
            if (i == word.Length || char.IsDigit(word[i]) != char.IsDigit(word[i - 1]))
            {
                parts.Add(word[start..i]);
                start = i;
            }
        }

        return parts;
    }

    /// <summary>Two known words glued together; a function word as one of them is the likeliest reading.</summary>
    private static IReadOnlyList<string>? Glued(string word, CorpusSnapshot corpus, IReadOnlySet<string> names)
    {
        (int At, int Score)? best = null;
        for (var at = 2; at <= word.Length - 2; at++)
        {
            var left = word[..at];
            var right = word[at..];
            if (!Known(left, corpus, names) || !Known(right, corpus, names)) continue;
            var function = corpus.Lexicon.IsFunctionWord(left) || corpus.Lexicon.IsFunctionWord(right);
            // Glued is a function word beside a word ("het|regeerakkoord", "wat|zegt", "ook|voor") or two function words
            // ("wie|is"), never a short piece beside a content word ("any|one"); two content words are a compound the
            // analysers split themselves ("rede|nering" is "redenering").
            var both = corpus.Lexicon.IsFunctionWord(left) && corpus.Lexicon.IsFunctionWord(right);
            if (!function || !both && Math.Max(left.Length, right.Length) < 4) continue;
            var score = Math.Max(left.Length, right.Length);
            if (best is null || score > best.Value.Score) best = (at, score);
        }

        return best is { } b ? [word[..b.At], word[b.At..]] : null;
    }

    private static string Fold(string word)
    {
        var decomposed = word.Normalize(System.Text.NormalizationForm.FormD);
        var kept = decomposed.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark);
        return string.Concat(kept).Normalize(System.Text.NormalizationForm.FormC);
    }

    private static bool Known(string word, CorpusSnapshot corpus, IReadOnlySet<string> names) =>
        word.All(char.IsDigit) || names.Contains(word) || corpus.Lexicon.IsFunctionWord(word) || corpus.Vocabulary.Contains(word)
        || corpus.Lexicon.RealWords.Contains(word) || corpus.Translator.LookupExact(word).Count > 0;

    private static IReadOnlySet<string> NameWords(CorpusSnapshot corpus) =>
        corpus.Lexicon.Parties.QuestionNames.SelectMany(n => n.Words).Concat(corpus.Aliases.SelectMany(a => a.Words))
            .ToHashSet(StringComparer.Ordinal);
}

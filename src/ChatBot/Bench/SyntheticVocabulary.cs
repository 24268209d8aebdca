using ChatBot.Answers.Corpus;
using ChatBot.Answers.Model;
using ChatBot.Answers.Retrieval;

namespace ChatBot.Host.Bench;

/// <summary>
/// The words of one language for generated text: the seed documents' words at their own frequencies, plus a long
/// tail of made-up words (Dutch-like compounds of two seed words, English-like derivations) so the vocabulary,
/// the compound dictionary and spelling correction see a realistic number of distinct words.
/// </summary>
internal sealed class SyntheticVocabulary
{
    private static readonly string[] EnglishSuffixes = ["ness", "ing", "ed", "er", "ation", "ity", "ment", "al", "ism", "ive"];

    private readonly string[] _words;
    private readonly long[] _cumulative;
    private readonly string[] _tail;

    private SyntheticVocabulary(string[] words, long[] cumulative, string[] tail)
    {
        _words = words;
        _cumulative = cumulative;
        _tail = tail;
    }

    public static SyntheticVocabulary Build(IReadOnlyList<SourceDocument> seeds, Language language, int tailSize, Random random)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in seeds.Where(d => d.Info.Language == language))
        {
            foreach (var word in Words.Split(document.Text).Where(w => !w.Any(char.IsDigit)))
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        if (counts.Count == 0)
        {
            counts["tekst"] = 1;
        }

        var ordered = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToArray();
        var cumulative = new long[ordered.Length];
        long total = 0;
        for (var i = 0; i < ordered.Length; i++) cumulative[i] = total += ordered[i].Value;

        var stems = ordered.Select(kv => kv.Key).Where(w => w.Length >= 4 && !w.Contains('-', StringComparison.Ordinal)).ToArray();
        if (stems.Length == 0) stems = ["tekst"];
        var tail = new HashSet<string>(StringComparer.Ordinal);
        for (var attempts = 0; tail.Count < tailSize && attempts < tailSize * 4; attempts++)
        {
            var first = stems[random.Next(stems.Length)];
            tail.Add(language == Language.Nl
                ? first + stems[random.Next(stems.Length)]
                : first + EnglishSuffixes[random.Next(EnglishSuffixes.Length)]);
        }

        return new SyntheticVocabulary([.. ordered.Select(kv => kv.Key)], cumulative, [.. tail.Order(StringComparer.Ordinal)]);
    }

    /// <summary>Mostly seed words by frequency; one word in six from the tail, skewed towards its first entries.</summary>
    public string Next(Random random)
    {
        if (_tail.Length > 0 && random.Next(6) == 0)
        {
            return _tail[(int)(_tail.Length * Math.Pow(random.NextDouble(), 3))];
        }

        var target = (long)(random.NextDouble() * _cumulative[^1]);
        var index = Array.BinarySearch(_cumulative, target + 1);
        return _words[index >= 0 ? index : ~index];
    }
}

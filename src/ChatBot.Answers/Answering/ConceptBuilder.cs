using ChatBot.Answers.Corpus;
using ChatBot.Answers.Lexicon;
using ChatBot.Answers.Model;

namespace ChatBot.Answers.Answering;

/// <summary>
/// Turns a question's topic words into concepts: phrases from the term list first (longest match), each expanded to
/// its translations and synonyms; unknown words are corrected to the nearest corpus word when one is close.
/// </summary>
public static class ConceptBuilder
{
    private const float TranslationBoost = 0.8f;

    public static IReadOnlyList<Concept> Build(IReadOnlyList<string> words, CorpusSnapshot corpus)
    {
        var concepts = new List<Concept>();
        var i = 0;
        while (i < words.Count)
        {
            var matched = false;
            for (var n = Math.Min(corpus.Translator.MaxPhraseWords, words.Count - i); n >= 1 && !matched; n--)
            {
                var phrase = string.Join(' ', words.Skip(i).Take(n));
                if (n == 1 && corpus.Lexicon.IsFunctionWord(phrase))
                {
                    break;
                }

                var entries = corpus.Translator.Lookup(phrase);
                if (entries.Count == 0 && n == 1 && !corpus.Vocabulary.Contains(phrase))
                {
                    var corrected = Spelling.Nearest(phrase, corpus.Vocabulary);
                    if (corrected is not null)
                    {
                        phrase = corrected;
                        entries = corpus.Translator.Lookup(phrase);
                    }
                }

                if (entries.Count > 0 || n == 1)
                {
                    concepts.Add(Make(phrase, entries, corpus));
                    i += n;
                    matched = true;
                }
            }

            if (!matched) i++;
        }

        // The same idea asked twice ("asylum seekers … asielzoekers") counts once.
        return [.. concepts.GroupBy(c => string.Join(',', c.Terms.Keys.Order(StringComparer.Ordinal))).Select(g => g.First())];
    }

    private static Concept Make(string phrase, IReadOnlyList<TermEntry> entries, CorpusSnapshot corpus)
    {
        var terms = new Dictionary<string, float>(StringComparer.Ordinal);
        void Add(string text, float boost)
        {
            foreach (var language in new[] { Language.Nl, Language.En })
            {
                var field = Retrieval.TextAnalysis.Field(language);
                foreach (var term in corpus.Index.Analysis.Terms(language, text))
                {
                    var key = field + ":" + term;
                    if (!terms.TryGetValue(key, out var b) || b < boost) terms[key] = boost;
                }
            }
        }

        Add(phrase, 1f);
        foreach (var entry in entries)
        {
            foreach (var variant in entry.Dutch.Concat(entry.English))
            {
                Add(variant, TranslationBoost);
            }
        }

        var n = Math.Max(1, corpus.Index.DocumentCount);
        var known = new Dictionary<string, float>(StringComparer.Ordinal);
        var weight = 0f;
        foreach (var (term, boost) in terms)
        {
            var df = corpus.Index.DocumentFrequency(term);
            if (df == 0) continue;
            known[term] = boost;
            weight = Math.Max(weight, Idf(df, n));
        }

        return known.Count == 0
            ? new Concept(phrase, known, Idf(0, n), Known: false)
            : new Concept(phrase, known, weight, Known: true);
    }

    private static float Idf(int df, int n) => (float)Math.Log(1 + (n - df + 0.5) / (df + 0.5));
}

using ChatBot.Answers.Corpus;
using ChatBot.Answers.Lexicon;
using ChatBot.Answers.Model;
using ChatBot.Answers.Retrieval;

namespace ChatBot.Answers.Answering;

/// <summary>
/// Turns a question's topic words into concepts: phrases from the term list first (longest match), each expanded to
/// its translations and synonyms; unknown words are corrected to the nearest corpus word when one is close.
/// </summary>
public static class ConceptBuilder
{
    private const float TranslationBoost = 0.8f;

    public static IReadOnlyList<Concept> Build(IReadOnlyList<string> words, Language language, CorpusSnapshot corpus, double unknownWeight = 1.0)
    {
        var concepts = new List<Concept>();
        var i = 0;
        while (i < words.Count)
        {
            var matched = false;
            for (var n = Math.Min(corpus.Translator.MaxPhraseWords, words.Count - i); n >= 1 && !matched; n--)
            {
                var phrase = string.Join(' ', words.Skip(i).Take(n));
                if (n == 1 && (phrase.Length < 2 || corpus.Lexicon.IsFunctionWord(phrase)))
                {
                    break;
                }

                var entries = corpus.Translator.Lookup(phrase, language);
                // A word of neither the corpus nor the language is a typo; a real word is what the asker meant.
                if (entries.Count == 0 && n == 1 && !corpus.Vocabulary.Contains(phrase) && !corpus.Lexicon.RealWords.Contains(phrase))
                {
                    var corrected = corpus.Remember("spell:" + phrase, () => Spelling.Nearest(phrase, corpus.Vocabulary) ?? "") is { Length: > 0 } c ? c : null;
                    if (corrected is not null)
                    {
                        phrase = corrected;
                        entries = corpus.Translator.Lookup(phrase, language);
                    }
                }

                if (entries.Count > 0 || n == 1)
                {
                    var key = $"concept:{language.Code()}:{phrase}";
                    var e = entries;
                    var p = phrase;
                    var concept = corpus.Remember(key, () => Make(p, e, corpus));
                    // A word the analysers drop entirely ("meer", "onder") is a function word the list lacks.
                    if (concept.Known || corpus.Index.Analysis.TermsByWord(language, p).Count > 0) concepts.Add(concept);
                    i += n;
                    matched = true;
                }
            }

            if (!matched) i++;
        }

        // The same idea asked twice ("asylum seekers … asielzoekers") counts once.
        var distinct = concepts.GroupBy(c => string.Join(',', c.Terms.Keys.Order(StringComparer.Ordinal))).Select(g => g.First()).ToList();

        // A word the corpus never uses counts against coverage ("dwangsom", "bevriezen" point at what the sources do
        // not cover), but it may just be phrasing the term list lacks ("redenering", "ppl"), so it weighs a share of
        // an average topic word, fitted by cross-validation.
        var known = distinct.Where(c => c.Known).ToList();
        var unknown = known.Count == 0 ? 1f : (float)unknownWeight * known.Average(c => c.Weight);
        return [.. distinct.Select(c => c.Known ? c : c with { Weight = unknown })];
    }

    private static Concept Make(string phrase, IReadOnlyList<TermEntry> entries, CorpusSnapshot corpus)
    {
        var alternatives = new List<IReadOnlyList<string>>();
        var boosts = new Dictionary<string, float>(StringComparer.Ordinal);
        void Add(string text, float boost)
        {
            foreach (var language in new[] { Language.Nl, Language.En })
            {
                var field = TextAnalysis.Field(language) + ":";
                var words = corpus.Index.Analysis.TermsByWord(language, text);
                if (words.Count == 0) continue;
                var whole = words.Select(w => field + w.Stem).ToList();
                alternatives.Add(whole);
                var parts = words.SelectMany(w => w.Parts.Count > 0 ? w.Parts.Select(p => field + p) : [field + w.Stem]).Distinct().ToList();
                if (parts.Count > whole.Count) alternatives.Add(parts);
                foreach (var term in whole.Concat(parts))
                {
                    if (!boosts.TryGetValue(term, out var b) || b < boost) boosts[term] = boost;
                }
            }
        }

        Add(phrase, 1f);
        var wholeWords = new List<string>();
        if (Comparatives.Contains(phrase)) wholeWords.Add(phrase);
        foreach (var entry in entries)
        {
            foreach (var variant in entry.Dutch.Concat(entry.English))
            {
                Add(variant, TranslationBoost);
                if (wholeWords.Count > 0) wholeWords.Add(variant);
            }
        }

        var n = Math.Max(1, corpus.Index.DocumentCount);
        var df = boosts.Keys.ToDictionary(t => t, corpus.Index.DocumentFrequency, StringComparer.Ordinal);
        var usable = alternatives.Where(a => a.All(t => df[t] > 0)).DistinctBy(a => string.Join(' ', a)).ToList();
        if (usable.Count == 0)
        {
            return new Concept(phrase, [], new Dictionary<string, float>(), Idf(0, n), Known: false);
        }

        var terms = usable.SelectMany(a => a).Distinct().ToDictionary(t => t, t => boosts[t], StringComparer.Ordinal);
        // The commonest way to say it sets the weight: a concept is as rare as its most frequent expression.
        var weight = usable.Min(a => a.Max(t => Idf(df[t], n)));
        return new Concept(phrase, usable, terms, weight, Known: true) { WholeWords = wholeWords };
    }

    // Comparatives and quantities that compound splitting finds inside other words ("minder" in "minderjarige").
    private static readonly HashSet<string> Comparatives = new(StringComparer.Ordinal)
    {
        "meer", "minder", "more", "less", "fewer", "groter", "kleiner", "larger", "smaller", "bigger", "hoger", "lager", "higher", "lower",
    };

    private static float Idf(int df, int n) => (float)Math.Log(1 + (n - df + 0.5) / (df + 0.5));
}

using ChatBot.Answers.Lexicon;
using ChatBot.Answers.Model;

namespace ChatBot.Answers.Retrieval;

/// <summary>
/// Looks words and short phrases up in the bilingual term list, by surface form and by stem in either language, so
/// "mosques" finds the line "moskee|moskeeën — mosque|mosques" and "kinderen" the line "kind|kinderen — child|kids".
/// </summary>
public sealed class TermTranslator
{
    private readonly Dictionary<string, List<TermEntry>> _byKey = new(StringComparer.Ordinal);
    private readonly TextAnalysis _analysis;

    public TermTranslator(Lexicon.Lexicon lexicon, TextAnalysis analysis)
    {
        _analysis = analysis;
        foreach (var entry in lexicon.Terms)
        {
            foreach (var variant in entry.Dutch.Concat(entry.English))
            {
                foreach (var key in Keys(variant))
                {
                    if (!_byKey.TryGetValue(key, out var list))
                    {
                        _byKey[key] = list = [];
                    }

                    if (!list.Contains(entry)) list.Add(entry);
                }
            }
        }
    }

    public int MaxPhraseWords => 4;

    /// <summary>Entries for a phrase (one or more lower-case words), or empty.</summary>
    public IReadOnlyList<TermEntry> Lookup(string phrase)
    {
        foreach (var key in Keys(phrase))
        {
            if (_byKey.TryGetValue(key, out var list)) return list;
        }

        return [];
    }

    private IEnumerable<string> Keys(string phrase)
    {
        var words = Words.Split(phrase);
        if (words.Count == 0) yield break;
        yield return "w:" + string.Join(' ', words);
        foreach (var language in new[] { Language.Nl, Language.En })
        {
            // Stem word by word without compound parts: the key is the phrase's own stems.
            var stems = words.Select(w => _analysis.Terms(language, w).FirstOrDefault() ?? w);
            yield return language.Code() + ":" + string.Join(' ', stems);
        }
    }
}

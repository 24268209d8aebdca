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
            foreach (var (variant, language) in entry.Dutch.Select(v => (v, Language.Nl)).Concat(entry.English.Select(v => (v, Language.En))))
            {
                foreach (var key in new[] { Surface(variant), Stemmed(variant, language) })
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

    /// <summary>
    /// Entries for a phrase (one or more lower-case words): by exact form in either language, else by stem among the
    /// variants of the question's own language (so Dutch "brief" does not find English "briefing").
    /// </summary>
    public IReadOnlyList<TermEntry> Lookup(string phrase, Language language)
    {
        var surface = Surface(phrase);
        if (_byKey.TryGetValue(surface, out var exact)) return exact;
        var stem = Stemmed(phrase, language);
        if (_byKey.TryGetValue(stem, out var stemmed)) return stemmed;
        return [];
    }

    /// <summary>Entries that hold exactly this form.</summary>
    public IReadOnlyList<TermEntry> LookupExact(string phrase) => _byKey.TryGetValue(Surface(phrase), out var exact) ? exact : [];

    private static string Surface(string phrase) => "w:" + string.Join(' ', Words.Split(phrase));

    private string Stemmed(string phrase, Language language) =>
        language.Code() + ":" + string.Join(' ', Words.Split(phrase).Select(w => _analysis.TermsByWord(language, w).FirstOrDefault().Stem ?? w));
}

using ChatBot.Answers.Corpus;

namespace ChatBot.Answers.Answering;

/// <summary>
/// Turns the names and document descriptions of a question into the sides it asks about. A report named beside a
/// party it writes about is where to look for that party ("volgens NOS, wat wil de VVD"); asked to compare them
/// ("hoe beschrijft MiGreat de CU vs de CU zelf"), the party's own words and the report are two sides.
/// </summary>
public static class SideBuilder
{
    public static IReadOnlyList<AnswerSide> Build(IReadOnlyList<string> named, IReadOnlyDictionary<string, IReadOnlySet<string>> filesBySide,
        bool compareCue, CorpusSnapshot corpus)
    {
        var parties = named.Where(p => corpus.Lexicon.Parties.Find(p) is not null).ToList();
        var reporters = named.Where(p => !parties.Contains(p) && corpus.Reporters.TryGetValue(p, out var about) && parties.Any(about.Contains)).ToList();
        if (reporters.Count == 0 || parties.Count == 0)
        {
            return [.. named.Select(p => new AnswerSide(p, [p], filesBySide.GetValueOrDefault(p)))];
        }

        var reporterFiles = corpus.Documents.Where(d => reporters.Contains(d.Publisher)).Select(d => d.File).ToHashSet(StringComparer.Ordinal);
        var others = named.Where(p => !parties.Contains(p) && !reporters.Contains(p)).Select(p => new AnswerSide(p, [p], filesBySide.GetValueOrDefault(p)));
        if (!compareCue)
        {
            return [.. parties.Select(p => new AnswerSide(p, [p], filesBySide.GetValueOrDefault(p) ?? reporterFiles)), .. others];
        }

        // The party's own documents against each report's description of it.
        var sides = new List<AnswerSide>();
        foreach (var party in parties)
        {
            var own = corpus.Parties.Where(kv => kv.Value.SpeaksFor.Contains(party)).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
            sides.Add(new AnswerSide(party, [party], filesBySide.GetValueOrDefault(party) ?? (own.Count > 0 ? own : null)));
        }

        foreach (var reporter in reporters)
        {
            var files = corpus.Documents.Where(d => d.Publisher == reporter).Select(d => d.File).ToHashSet(StringComparer.Ordinal);
            sides.Add(new AnswerSide(reporter, parties, files));
        }

        return [.. sides, .. others];
    }
}

using ChatBot.Answers.Model;

namespace ChatBot.Answers.Answering;

/// <summary>Which sources answer and with which passages: the answer gate, per named party or per publisher.</summary>
public static class SourceSelector
{
    /// <summary>
    /// Per publisher, up to N passages that answer: the best of each of its documents first (two editions of a
    /// programme both speak), then the next best. Named publishers are always listed, silent or not.
    /// </summary>
    public static List<(string Publisher, List<RankedPassage> Picks)> Select(IReadOnlyList<RankedPassage> ranked, QuestionProfile profile, AnswersOptions options,
        IReadOnlyDictionary<string, IReadOnlyList<RankedPassage>>? sideRanks = null)
    {
        if (profile.AcrossSources && sideRanks is not null) return SelectAcross(sideRanks, options);
        var named = profile.Publishers.Count > 0;
        // A claim must be found as stated; a question about a named party may be asked in other words.
        var min = !named ? options.MinCoverage : profile.Kind == QuestionKind.Check ? options.MinCoverageClaim : options.MinCoverageNamed;
        // A named party gathers every passage by or about it; otherwise passages group by who published them.
        var byPublisher = named
            ? profile.Publishers.ToDictionary(p => p, p => sideRanks?.GetValueOrDefault(p)?.ToList() ?? [.. ranked.Where(r => r.Indexed.Passage.Who.Contains(p))])
            : ranked.GroupBy(r => r.Publisher).ToDictionary(g => g.Key, g => g.ToList());
        var publishers = named
            ? profile.Publishers.ToList()
            : byPublisher.Where(kv => kv.Value[0].Coverage >= min)
                .OrderByDescending(kv => kv.Value[0].Score).Select(kv => kv.Key).ToList();
        if (!named && publishers.Count > 0)
        {
            var top = byPublisher[publishers[0]].Max(r => r.Coverage);
            publishers = [.. publishers.Where(p => byPublisher[p].Max(r => r.Coverage) >= 0.8 * top).Take(options.MaxSources)];
        }

        // Once one named side answers a comparison, the question is known to be on topic: the other sides answer with
        // their closest passage from a share of the best side's coverage (each side is asked in its own words).
        var bestNamed = named ? byPublisher.Values.Select(c => c.Count == 0 ? 0 : c.Max(r => r.Coverage)).Max() : 0;
        var sideMin = profile.Kind == QuestionKind.Compare && bestNamed >= min ? options.CompareShare * bestNamed : min;

        var perSide = Math.Max(1, Math.Min(options.QuotesPerSource, options.MaxQuotes / Math.Max(1, publishers.Count)));
        var result = new List<(string, List<RankedPassage>)>();
        foreach (var publisher in publishers)
        {
            var candidates = byPublisher.GetValueOrDefault(publisher) ?? [];
            var best = candidates.Count == 0 ? 0 : candidates.Max(c => c.Coverage);
            var picks = new List<RankedPassage>();
            var floor = Math.Min(min, sideMin);
            if (best >= floor)
            {
                // A named party's own text and each report about it are different voices: each document's best
                // passage that answers at all is shown; unnamed, a document must come close to the best one.
                // A named party's own words come before what others say about it, however many others mention it.
                var perDocument = candidates.GroupBy(c => c.File).Select(g => g.First())
                    .Where(c => c.Coverage >= (named ? floor : Math.Max(floor, 0.75 * best)))
                    .OrderByDescending(c => named && OwnWords(c, publisher)).ThenByDescending(c => c.Score);
                picks.AddRange(perDocument);
                picks.AddRange(candidates.Where(c => !picks.Contains(c) && c.Coverage >= Math.Max(floor, 0.85 * best)));
                picks = [.. picks.Take(perSide)];
            }

            result.Add((publisher, picks));
        }

        return result;
    }

    private static bool OwnWords(RankedPassage candidate, string party) =>
        candidate.Publisher == party || candidate.Indexed.Passage.Speakers.Contains(party);

    /// <summary>
    /// "Which sources mention …": every publisher judged on its own by the unnamed gate, its best passage each, best
    /// first; the silent ones are listed as silent.
    /// </summary>
    private static List<(string Publisher, List<RankedPassage> Picks)> SelectAcross(IReadOnlyDictionary<string, IReadOnlyList<RankedPassage>> perSide, AnswersOptions options)
    {
        var answering = perSide.Where(kv => kv.Value.Count > 0 && kv.Value.Max(r => r.Coverage) >= options.MinCoverage)
            .OrderByDescending(kv => kv.Value.Max(r => r.Score)).Take(options.MaxQuotes).ToList();
        var perSource = Math.Max(1, options.MaxQuotes / Math.Max(1, answering.Count));
        var result = answering.Select(kv => (Publisher: kv.Key, Picks: kv.Value.Where(r => r.Coverage >= options.MinCoverage).OrderByDescending(r => r.Score)
            .DistinctBy(r => r.File).Take(perSource).ToList())).ToList();
        result.AddRange(perSide.Keys.Where(k => answering.All(a => a.Key != k)).Select(k => (k, new List<RankedPassage>())));
        return result;
    }

    /// <summary>
    /// Sides answered by the very same quotes ("Tegen zijn VVD, PVV, … BBB, SGP" for "SGP en BBB") are shown once, under
    /// both names, rather than twice.
    /// </summary>
    public static List<SourceAnswer> MergeSameQuotes(List<SourceAnswer> sources, Language language)
    {
        var merged = new List<SourceAnswer>(sources.Count);
        foreach (var source in sources)
        {
            var same = merged.FindIndex(m => m.Stance == source.Stance && m.Quotes.Select(q => (q.File, q.Start, q.End)).SequenceEqual(source.Quotes.Select(q => (q.File, q.Start, q.End))));
            if (same < 0) { merged.Add(source); continue; }
            merged[same] = merged[same] with { Publisher = merged[same].Publisher + (language == Language.Nl ? " en " : " and ") + source.Publisher };
        }

        return merged;
    }
}

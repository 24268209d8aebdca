namespace ChatBot.Llm.Retrieval;

/// <summary>
/// Fuses rankings by reciprocal rank: score = Σ 1/(k + rank). Passages are matched by <see cref="RetrievedPassage.PassageId"/>;
/// a passage several rankings agree on rises, and no ranking's raw scores need to be comparable.
/// </summary>
internal static class ReciprocalRankFusion
{
    // The usual constant: damps the head of each list so no single ranking dominates.
    private const double K = 60;

    public static IReadOnlyList<RetrievedPassage> Fuse(IEnumerable<IReadOnlyList<RetrievedPassage>> rankings, int count)
    {
        var scores = new Dictionary<string, (double Score, int FirstSeen, RetrievedPassage Passage)>(StringComparer.Ordinal);
        foreach (var ranking in rankings)
        {
            for (var rank = 0; rank < ranking.Count; rank++)
            {
                var passage = ranking[rank];
                if (!passage.IsConsistent)
                {
                    continue;
                }

                var add = 1.0 / (K + rank + 1);
                scores[passage.PassageId] = scores.TryGetValue(passage.PassageId, out var seen)
                    ? (seen.Score + add, seen.FirstSeen, seen.Passage)
                    : (add, scores.Count, passage);
            }
        }

        return [.. scores.Values
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.FirstSeen)
            .Take(count)
            .Select(s => s.Passage)];
    }
}

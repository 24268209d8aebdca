namespace ChatBot.Llm.Retrieval;

/// <summary>
/// Retrieves for every rewritten query (original, Dutch, English) and fuses the rankings by reciprocal rank
/// fusion, so a passage found by several phrasings rises and cross-lingual hits are not lost.
/// </summary>
internal sealed class PassageGatherer(IPassageRetriever retriever)
{
    // The usual RRF constant: damps the head of each list so no single query dominates.
    private const double RrfK = 60;

    public async Task<IReadOnlyList<RetrievedPassage>> GatherAsync(
        IReadOnlyList<string> queries, int count, CancellationToken cancellationToken)
    {
        var scores = new Dictionary<string, (double Score, int FirstSeen, RetrievedPassage Passage)>(StringComparer.Ordinal);
        foreach (var query in queries.Where(q => !string.IsNullOrWhiteSpace(q)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var ranked = await retriever.RetrieveAsync(query, count, cancellationToken).ConfigureAwait(false);
            for (var rank = 0; rank < ranked.Count; rank++)
            {
                var passage = ranked[rank];
                if (!passage.IsConsistent)
                {
                    continue;
                }

                var add = 1.0 / (RrfK + rank + 1);
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

namespace ChatBot.Llm.Retrieval;

/// <summary>
/// Retrieves for every rewritten query (original, Dutch, English) and fuses the rankings, so a passage found by
/// several phrasings rises and cross-lingual hits are not lost.
/// </summary>
internal sealed class PassageGatherer(IPassageRetriever retriever)
{
    public async Task<IReadOnlyList<RetrievedPassage>> GatherAsync(
        IReadOnlyList<string> queries, int count, CancellationToken cancellationToken)
    {
        var rankings = new List<IReadOnlyList<RetrievedPassage>>();
        foreach (var query in queries.Where(q => !string.IsNullOrWhiteSpace(q)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            rankings.Add(await retriever.RetrieveAsync(query, count, cancellationToken).ConfigureAwait(false));
        }

        return ReciprocalRankFusion.Fuse(rankings, count);
    }
}

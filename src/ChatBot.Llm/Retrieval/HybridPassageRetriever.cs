using ChatBot.Llm.Embeddings;
using Microsoft.Extensions.Logging;

namespace ChatBot.Llm.Retrieval;

/// <summary>
/// Lexical (BM25) ranking fused with the embedding ranking by reciprocal rank fusion. Falls back to the lexical
/// ranking alone while the embedding index is not ready or the query cannot be embedded.
/// </summary>
internal sealed class HybridPassageRetriever(IPassageRetriever lexical, EmbeddingIndex index, ITextEmbedder embedder, ILogger logger) : IPassageRetriever
{
    public async Task<IReadOnlyList<RetrievedPassage>> RetrieveAsync(string query, int count, CancellationToken cancellationToken)
    {
        var lexicalHits = await lexical.RetrieveAsync(query, count, cancellationToken).ConfigureAwait(false);
        if (!index.IsReady)
        {
            return lexicalHits;
        }

        try
        {
            var vector = (await embedder.EmbedAsync([query], cancellationToken).ConfigureAwait(false))[0];
            return ReciprocalRankFusion.Fuse([lexicalHits, index.Search(vector, count)], count);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.DenseRetrievalFailed(logger, ex.GetType().Name);
            return lexicalHits;
        }
    }
}

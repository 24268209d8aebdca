using System.Diagnostics;
using System.Numerics.Tensors;
using ChatBot.Llm.Retrieval;
using Microsoft.Extensions.Logging;

namespace ChatBot.Llm.Embeddings;

/// <summary>
/// Every corpus passage with its embedding, built once at start from the disk cache plus whatever is new. Until it
/// is ready (or if building failed) searches return nothing and retrieval stays lexical.
/// </summary>
public sealed class EmbeddingIndex(IPassageSource source, ITextEmbedder embedder, string cacheFolder, ILogger<EmbeddingIndex> logger)
{
    private volatile Snapshot? _snapshot;

    public bool IsReady => _snapshot is not null;

    public int Count => _snapshot?.Passages.Count ?? 0;

    /// <summary>How many passages the last build had to embed (the rest came from the cache).</summary>
    public int LastEmbedded { get; private set; }

    public async Task BuildAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var passages = (await source.AllPassagesAsync(cancellationToken).ConfigureAwait(false)).Where(p => p.IsConsistent).ToList();
        var cache = new EmbeddingCache(cacheFolder, embedder.Model);
        var stored = await cache.LoadAsync(cancellationToken).ConfigureAwait(false);
        var keys = passages.Select(p => EmbeddingCache.KeyOf(p.Text)).ToList();
        var missing = keys.Zip(passages).Where(x => !stored.ContainsKey(x.First)).DistinctBy(x => x.First).ToList();
        if (missing.Count > 0)
        {
            var vectors = await embedder.EmbedAsync([.. missing.Select(m => m.Second.Text)], cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < missing.Count; i++)
            {
                stored[missing[i].First] = vectors[i];
            }
        }

        var current = keys.Distinct(StringComparer.Ordinal).ToDictionary(k => k, k => stored[k], StringComparer.Ordinal);
        if (missing.Count > 0 || current.Count != stored.Count)
        {
            await cache.SaveAsync(current, cancellationToken).ConfigureAwait(false);
        }

        LastEmbedded = missing.Count;
        _snapshot = new Snapshot(passages, [.. keys.Select(k => current[k])]);
        Log.EmbeddingIndexReady(logger, passages.Count, missing.Count, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>The passages nearest to <paramref name="query"/> by cosine similarity, best first.</summary>
    public IReadOnlyList<RetrievedPassage> Search(float[] query, int count)
    {
        if (_snapshot is not { } snapshot)
        {
            return [];
        }

        var scored = new List<(float Score, int Index)>(snapshot.Passages.Count);
        for (var i = 0; i < snapshot.Vectors.Length; i++)
        {
            if (snapshot.Vectors[i].Length == query.Length)
            {
                scored.Add((TensorPrimitives.CosineSimilarity(query, snapshot.Vectors[i]), i));
            }
        }

        return [.. scored.OrderByDescending(s => s.Score).Take(count).Select(s => snapshot.Passages[s.Index])];
    }

    private sealed record Snapshot(IReadOnlyList<RetrievedPassage> Passages, float[][] Vectors);
}

using OpenAI.Embeddings;

namespace ChatBot.Llm.Embeddings;

/// <summary>Embeddings from the same OpenAI-compatible provider as the chat model (POST /embeddings), in batches.</summary>
internal sealed class OpenAiTextEmbedder(EmbeddingClient client, string model) : ITextEmbedder
{
    private const int BatchSize = 64;

    public string Model => model;

    public async Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var vectors = new List<float[]>(texts.Count);
        foreach (var batch in texts.Chunk(BatchSize))
        {
            var result = await client.GenerateEmbeddingsAsync(batch, cancellationToken: cancellationToken).ConfigureAwait(false);
            vectors.AddRange(result.Value.OrderBy(e => e.Index).Select(e => e.ToFloats().ToArray()));
        }

        return vectors.Count == texts.Count
            ? vectors
            : throw new InvalidOperationException($"The embedding endpoint returned {vectors.Count} vectors for {texts.Count} texts.");
    }
}

namespace ChatBot.Llm.Embeddings;

/// <summary>Turns texts into embedding vectors, one per text, in order.</summary>
public interface ITextEmbedder
{
    string Model { get; }

    Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken);
}

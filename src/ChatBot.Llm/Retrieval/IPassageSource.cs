namespace ChatBot.Llm.Retrieval;

/// <summary>
/// Optional, for hybrid retrieval: every passage of the loaded corpus (same shape and offsets as
/// <see cref="IPassageRetriever"/> returns), so each can be embedded once and cached on disk.
/// </summary>
public interface IPassageSource
{
    Task<IReadOnlyList<RetrievedPassage>> AllPassagesAsync(CancellationToken cancellationToken);
}

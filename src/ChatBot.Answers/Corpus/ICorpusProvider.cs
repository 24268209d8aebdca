namespace ChatBot.Answers.Corpus;

/// <summary>The corpus snapshot answers are made from; a reload swaps it atomically.</summary>
public interface ICorpusProvider
{
    CorpusSnapshot Current { get; }

    /// <summary>Loads and validates the corpus folder again; on failure the old snapshot stays and the error is thrown.</summary>
    Task<CorpusSnapshot> ReloadAsync(CancellationToken cancellationToken);
}

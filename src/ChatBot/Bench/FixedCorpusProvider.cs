using ChatBot.Answers.Corpus;

namespace ChatBot.Host.Bench;

/// <summary>A prebuilt snapshot for the answer service: the benchmark times building it itself, and never reloads.</summary>
internal sealed class FixedCorpusProvider(CorpusSnapshot snapshot) : ICorpusProvider
{
    public CorpusSnapshot Current => snapshot;

    public Task<CorpusSnapshot> ReloadAsync(CancellationToken cancellationToken) =>
        throw new NotSupportedException("The benchmark measures one fixed snapshot.");
}

using ChatBot.Answers.Corpus;

namespace ChatBot.Answers.Tests.Support;

/// <summary>A provider that always serves one snapshot; reloading is not what these tests are about.</summary>
internal sealed class FixedCorpusProvider(CorpusSnapshot snapshot) : ICorpusProvider
{
    public CorpusSnapshot Current => snapshot;

    public Task<CorpusSnapshot> ReloadAsync(CancellationToken cancellationToken) => Task.FromResult(snapshot);
}

using ChatBot.Llm.Retrieval;

namespace ChatBot.Llm.Tests.Fakes;

public sealed class FakePassageSource(params RetrievedPassage[] passages) : IPassageSource
{
    public Task<IReadOnlyList<RetrievedPassage>> AllPassagesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RetrievedPassage>>(passages);
}

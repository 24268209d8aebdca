using System.Collections.Concurrent;
using ChatBot.Llm.Retrieval;

namespace ChatBot.Llm.Tests.Fakes;

/// <summary>Returns the given passages for any query (best first) and records the queries it was asked.</summary>
public sealed class FakePassageRetriever(params RetrievedPassage[] passages) : IPassageRetriever
{
    public ConcurrentQueue<string> Queries { get; } = new();

    public Task<IReadOnlyList<RetrievedPassage>> RetrieveAsync(string query, int count, CancellationToken cancellationToken)
    {
        Queries.Enqueue(query);
        return Task.FromResult<IReadOnlyList<RetrievedPassage>>([.. passages.Take(count)]);
    }
}

using System.Collections.Concurrent;
using ChatBot.Operations.Audit;

namespace ChatBot.Operations.Tests.Fakes;

/// <summary>A store that blocks every write until the test opens the gate: "as slow as the test wants".</summary>
internal sealed class GatedAuditStore : IAuditStore
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstWriteStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<AuditEntry> _written = new();

    public GatedAuditStore(bool open = false)
    {
        if (open)
        {
            _gate.SetResult();
        }
    }

    public IReadOnlyList<AuditEntry> Written => [.. _written];

    public Task FirstWriteStarted => _firstWriteStarted.Task;

    public void Open() => _gate.TrySetResult();

    public async Task WriteAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        _firstWriteStarted.TrySetResult();
        await _gate.Task.WaitAsync(cancellationToken);
        foreach (var e in entries)
        {
            _written.Enqueue(e);
        }
    }

    public Task<IReadOnlyList<AuditRecord>> QueryAsync(AuditQuery query, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AuditRecord>>([.. _written.OfType<AnswerAuditEntry>().Select(e => e.Record)]);

    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) => Task.FromResult(0);
}

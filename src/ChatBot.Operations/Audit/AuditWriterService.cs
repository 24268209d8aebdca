using ChatBot.Operations.Metrics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Operations.Audit;

/// <summary>
/// Drains the audit queue into the store in small batches, retrying a failed batch (<see cref="AuditStoreRetry"/>). At shutdown the queue is closed and drained before the
/// host's shutdown timeout; whatever is still queued then is reported as lost.
/// </summary>
public sealed class AuditWriterService(
    AuditQueue queue, IAuditStore store, AuditStoreRetry retry, ChatBotMetrics metrics, ILogger<AuditWriterService> logger) : BackgroundService
{
    private const int MaxBatch = 200;
    private readonly CancellationTokenSource _abort = new();
    private long _written;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Not stoppingToken: the loop ends when the queue is completed and empty, so shutdown flushes.
        var reader = queue.Reader;
        var batch = new List<AuditEntry>(MaxBatch);
        try
        {
            while (await reader.WaitToReadAsync(_abort.Token).ConfigureAwait(false))
            {
                while (batch.Count < MaxBatch && reader.TryRead(out var entry))
                {
                    batch.Add(entry);
                }

                await WriteAsync(batch).ConfigureAwait(false);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            AuditLog.FlushIncomplete(logger, queue.Depth + batch.Count);
        }
    }

    private async Task WriteAsync(List<AuditEntry> batch)
    {
        try
        {
            await retry.Pipeline.ExecuteAsync(
                static async (state, ct) => await state.store.WriteAsync(state.batch, ct).ConfigureAwait(false),
                (store, batch),
                _abort.Token).ConfigureAwait(false);
            _written += batch.Count;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            metrics.RecordAuditFailed(batch.Count);
            AuditLog.WriteFailed(logger, batch.Count, ex);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        if (ExecuteTask is { } running)
        {
            try
            {
                await running.WaitAsync(cancellationToken).ConfigureAwait(false);
                AuditLog.Flushed(logger, _written);
            }
            catch (OperationCanceledException)
            {
                await _abort.CancelAsync().ConfigureAwait(false);
            }
        }

        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }
}

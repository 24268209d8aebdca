using ChatBot.Operations.Ledger;
using ChatBot.Operations.RateLimiting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Operations.Audit;

/// <summary>Deletes audit records older than Audit:RetentionDays, and stale shared state, at a fixed interval.</summary>
internal sealed class AuditRetentionService(
    IAuditStore store,
    IUpdateLedger ledger,
    IEnumerable<PostgresAskerRateLimiter> sharedLimiters,
    IOptions<AuditOptions> options,
    TimeProvider time,
    ILogger<AuditRetentionService> logger) : BackgroundService
{
    /// <summary>Platforms redeliver an update for at most a day; claims are kept a week to be safe.</summary>
    private static readonly TimeSpan ClaimRetention = TimeSpan.FromDays(7);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMinutes(options.Value.RetentionIntervalMinutes);
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            await SweepAsync(stoppingToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    /// <summary>One retention pass; failures are logged and tried again next time.</summary>
    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var cutoff = now - TimeSpan.FromDays(options.Value.RetentionDays);
        try
        {
            var deleted = await store.DeleteOlderThanAsync(cutoff, cancellationToken).ConfigureAwait(false);
            if (deleted > 0)
            {
                AuditLog.RetentionDeleted(logger, deleted, cutoff);
            }

            await ledger.DeleteClaimsOlderThanAsync(now - ClaimRetention, cancellationToken).ConfigureAwait(false);
            foreach (var limiter in sharedLimiters)
            {
                await limiter.DeleteWindowsOlderThanAsync(now - TimeSpan.FromHours(1), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            AuditLog.RetentionFailed(logger, ex);
        }
    }
}

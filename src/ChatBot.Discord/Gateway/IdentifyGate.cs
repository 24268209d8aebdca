using ChatBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Gateway;

/// <summary>
/// Identify budget: session_start_limit.remaining per day and max_concurrency identifies per 5 s window for each
/// rate-limit key (shard_id % max_concurrency). One process runs one shard, so spacing our own identifies by the
/// window keeps us inside both limits.
/// </summary>
internal sealed partial class IdentifyGate(TimeProvider time, TimeSpan window, ILogger logger)
{
    private DateTimeOffset _last = DateTimeOffset.MinValue;
    private int _remaining = int.MaxValue;
    private DateTimeOffset _resetAt = DateTimeOffset.MinValue;

    public void Reset(SessionStartLimit limit)
    {
        _remaining = limit.Remaining;
        _resetAt = time.GetUtcNow() + limit.ResetAfter;
    }

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_remaining <= 0 && _resetAt > now)
        {
            LogBudgetExhausted(logger, (_resetAt - now).TotalSeconds);
            await Task.Delay(_resetAt - now, time, cancellationToken).ConfigureAwait(false);
            _remaining = int.MaxValue;
        }

        var next = _last + window;
        now = time.GetUtcNow();
        if (next > now)
        {
            await Task.Delay(next - now, time, cancellationToken).ConfigureAwait(false);
        }

        _last = time.GetUtcNow();
        _remaining--;
    }

    [LoggerMessage(EventId = 4110, Level = LogLevel.Warning, Message = "Discord identify budget used up; waiting {Seconds} s for session_start_limit to reset")]
    private static partial void LogBudgetExhausted(ILogger logger, double seconds);
}

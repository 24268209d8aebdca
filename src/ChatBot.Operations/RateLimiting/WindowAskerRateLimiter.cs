using System.Collections.Concurrent;
using ChatBot.Answers.Model;
using ChatBot.Answers.Operations;
using Microsoft.Extensions.Options;

namespace ChatBot.Operations.RateLimiting;

/// <summary>
/// The RateLimits section in one process, with the same fixed one-minute windows (aligned to the clock) as
/// <see cref="PostgresAskerRateLimiter"/>, so a refusal carries the real wait: the time until the window ends, when
/// the asker may ask again. The user's count is checked first, so a flooding user spends only their own.
/// </summary>
internal sealed class WindowAskerRateLimiter(IOptions<RateLimitOptions> options, TimeProvider time) : IAskerRateLimiter
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, (long Window, int Hits)> _hits = new(StringComparer.Ordinal);
    private long _purged;

    public ValueTask<RateLimitDecision> TryAcquireAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var window = now.UtcTicks / Window.Ticks;
        var retryAfter = new DateTimeOffset((window + 1) * Window.Ticks, TimeSpan.Zero) - now;
        Purge(window);
        var o = options.Value;
        var refused = Hit($"{conversation.Platform}:u:{conversation.UserId}", window) > o.PerUserPerMinute
                      || Hit($"{conversation.Platform}:c:{conversation.ChatId}", window) > o.PerChatPerMinute;
        return ValueTask.FromResult(refused ? new RateLimitDecision(false, retryAfter) : RateLimitDecision.Allow);
    }

    private int Hit(string bucket, long window) =>
        _hits.AddOrUpdate(bucket, _ => (window, 1), (_, v) => v.Window == window ? (window, v.Hits + 1) : (window, 1)).Hits;

    /// <summary>Once per window, forget the counts of earlier windows.</summary>
    private void Purge(long window)
    {
        if (Interlocked.Exchange(ref _purged, window) == window)
        {
            return;
        }

        foreach (var entry in _hits)
        {
            if (entry.Value.Window < window)
            {
                _hits.TryRemove(entry);
            }
        }
    }
}

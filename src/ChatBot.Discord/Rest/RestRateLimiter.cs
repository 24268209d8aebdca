using System.Collections.Concurrent;
using System.Globalization;

namespace ChatBot.Discord.Rest;

/// <summary>
/// Discord's per-route buckets (rate-limits.mdx): routes learn their bucket from X-RateLimit-Bucket; a bucket with
/// Remaining 0 is waited out until Reset-After; a global 429 pauses every request. Requests on one route go one at a
/// time so that the headers of one answer guard the next.
/// </summary>
internal sealed class RestRateLimiter(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _routeGates = new();
    private readonly ConcurrentDictionary<string, string> _routeBuckets = new();
    private readonly ConcurrentDictionary<string, BucketState> _buckets = new();
    private readonly Lock _globalLock = new();
    private DateTimeOffset _globalUntil = DateTimeOffset.MinValue;

    public async Task<IDisposable> EnterAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        var gate = _routeGates.GetOrAdd(route.RateLimitKey, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Releaser(gate);
    }

    /// <summary>How long to wait before sending on this route (bucket exhausted or global pause).</summary>
    public TimeSpan DelayBefore(DiscordRoute route)
    {
        var now = time.GetUtcNow();
        var wait = TimeSpan.Zero;
        lock (_globalLock)
        {
            if (_globalUntil > now)
            {
                wait = _globalUntil - now;
            }
        }

        if (_buckets.TryGetValue(BucketKey(route), out var bucket) && bucket.Remaining <= 0 && bucket.ResetAt > now)
        {
            wait = TimeSpan.FromTicks(Math.Max(wait.Ticks, (bucket.ResetAt - now).Ticks));
        }

        return wait;
    }

    public void Update(DiscordRoute route, HttpResponseMessage response)
    {
        if (Header(response, "X-RateLimit-Bucket") is { } hash)
        {
            _routeBuckets[route.RateLimitKey] = hash;
        }

        if (int.TryParse(Header(response, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining)
            && Seconds(Header(response, "X-RateLimit-Reset-After")) is { } resetAfter)
        {
            _buckets[BucketKey(route)] = new BucketState(remaining, time.GetUtcNow() + resetAfter);
        }
    }

    /// <summary>A 429: pause the bucket (or everything, for the global limit) for retry_after.</summary>
    public void OnTooManyRequests(DiscordRoute route, TimeSpan retryAfter, bool global)
    {
        var until = time.GetUtcNow() + retryAfter;
        if (global)
        {
            lock (_globalLock)
            {
                _globalUntil = until > _globalUntil ? until : _globalUntil;
            }
        }
        else
        {
            _buckets[BucketKey(route)] = new BucketState(0, until);
        }
    }

    private string BucketKey(DiscordRoute route) =>
        _routeBuckets.TryGetValue(route.RateLimitKey, out var hash) ? $"{hash} {route.MajorParameter}" : route.RateLimitKey;

    internal static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    internal static TimeSpan? Seconds(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s >= 0 ? TimeSpan.FromSeconds(s) : null;

    private sealed record BucketState(int Remaining, DateTimeOffset ResetAt);

    private sealed class Releaser(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}

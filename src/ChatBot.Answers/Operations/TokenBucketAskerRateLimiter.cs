using System.Threading.RateLimiting;
using ChatBot.Answers.Model;
using Microsoft.Extensions.Options;

namespace ChatBot.Answers.Operations;

/// <summary>In-process limits: a token bucket per user and one per chat (System.Threading.RateLimiting).</summary>
internal sealed class TokenBucketAskerRateLimiter : IAskerRateLimiter, IDisposable
{
    private readonly PartitionedRateLimiter<Conversation> _limiter;

    public TokenBucketAskerRateLimiter(IOptions<RateLimitOptions> options)
    {
        var o = options.Value;
        _limiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<Conversation, string>(c =>
                RateLimitPartition.GetTokenBucketLimiter($"{c.Platform}:u:{c.UserId}", _ => Bucket(o.PerUserPerMinute))),
            PartitionedRateLimiter.Create<Conversation, string>(c =>
                RateLimitPartition.GetTokenBucketLimiter($"{c.Platform}:c:{c.ChatId}", _ => Bucket(o.PerChatPerMinute))));
    }

    private static TokenBucketRateLimiterOptions Bucket(int perMinute) => new()
    {
        TokenLimit = perMinute,
        TokensPerPeriod = perMinute,
        ReplenishmentPeriod = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    public ValueTask<RateLimitDecision> TryAcquireAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        using var lease = _limiter.AttemptAcquire(conversation);
        if (lease.IsAcquired)
        {
            return ValueTask.FromResult(RateLimitDecision.Allow);
        }

        TimeSpan? retry = lease.TryGetMetadata(MetadataName.RetryAfter, out var r) ? r : null;
        return ValueTask.FromResult(new RateLimitDecision(false, retry));
    }

    public void Dispose() => _limiter.Dispose();
}

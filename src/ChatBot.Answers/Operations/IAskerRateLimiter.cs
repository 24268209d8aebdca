using ChatBot.Answers.Model;

namespace ChatBot.Answers.Operations;

/// <summary>
/// Per-user and per-chat limits shared by all platforms. Adapters ask before answering and send a friendly
/// message when refused, so one flooding user cannot delay the others.
/// </summary>
public interface IAskerRateLimiter
{
    ValueTask<RateLimitDecision> TryAcquireAsync(Conversation conversation, CancellationToken cancellationToken);
}

public readonly record struct RateLimitDecision(bool Allowed, TimeSpan? RetryAfter)
{
    public static RateLimitDecision Allow { get; } = new(true, null);
}

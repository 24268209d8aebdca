using ChatBot.Answers.Model;
using ChatBot.Answers.Operations;
using ChatBot.Operations.Metrics;

namespace ChatBot.Operations.RateLimiting;

/// <summary>Counts refusals of whichever rate limiter is registered (chatbot_rate_limit_hits_total).</summary>
internal sealed class MeteredAskerRateLimiter(IAskerRateLimiter inner, ChatBotMetrics metrics) : IAskerRateLimiter
{
    public async ValueTask<RateLimitDecision> TryAcquireAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        var decision = await inner.TryAcquireAsync(conversation, cancellationToken).ConfigureAwait(false);
        if (!decision.Allowed)
        {
            metrics.RecordRateLimitHit(conversation.Platform);
        }

        return decision;
    }
}

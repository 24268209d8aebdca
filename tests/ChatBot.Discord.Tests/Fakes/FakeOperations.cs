using System.Collections.Concurrent;
using ChatBot.Answers.Model;
using ChatBot.Answers.Operations;

namespace ChatBot.Discord.Tests.Fakes;

public sealed class FakePinLog : IPinLog
{
    public ConcurrentQueue<PinRecord> Pins { get; } = new();

    public Task RecordPinAsync(PinRecord pin, CancellationToken cancellationToken)
    {
        Pins.Enqueue(pin);
        return Task.CompletedTask;
    }
}

/// <summary>Allows everyone, unless told to refuse one user.</summary>
public sealed class FakeRateLimiter : IAskerRateLimiter
{
    public string? RefusedUserId { get; set; }

    public ValueTask<RateLimitDecision> TryAcquireAsync(Conversation conversation, CancellationToken cancellationToken) =>
        ValueTask.FromResult(conversation.UserId == RefusedUserId ? new RateLimitDecision(false, TimeSpan.FromSeconds(42)) : RateLimitDecision.Allow);
}

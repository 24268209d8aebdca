using System.Collections.Concurrent;
using ChatBot.Answers.Model;
using ChatBot.Answers.Operations;

namespace ChatBot.Telegram.Tests.Fakes;

/// <summary>Allows everyone, except users listed in <see cref="Refused"/>.</summary>
internal sealed class FakeRateLimiter : IAskerRateLimiter
{
    public ConcurrentDictionary<string, bool> Refused { get; } = new();

    public ValueTask<RateLimitDecision> TryAcquireAsync(Conversation conversation, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Refused.ContainsKey(conversation.UserId)
            ? new RateLimitDecision(false, TimeSpan.FromSeconds(42))
            : RateLimitDecision.Allow);
}

internal sealed class RecordingPinLog : IPinLog
{
    private readonly ConcurrentQueue<PinRecord> _pins = new();

    public IReadOnlyList<PinRecord> Pins => [.. _pins];

    public Task RecordPinAsync(PinRecord pin, CancellationToken cancellationToken)
    {
        _pins.Enqueue(pin);
        return Task.CompletedTask;
    }
}

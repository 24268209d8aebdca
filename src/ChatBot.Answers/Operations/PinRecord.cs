using ChatBot.Answers.Model;

namespace ChatBot.Answers.Operations;

/// <summary>A moderator pinned an answer: kept so the audit trail can say who stood behind it.</summary>
public sealed record PinRecord(AnswerId AnswerId, Conversation Conversation, string MessageId, string PinnedByUserId, DateTimeOffset PinnedAt);

/// <summary>Where pins are recorded; the default does nothing, the operations store keeps them.</summary>
public interface IPinLog
{
    Task RecordPinAsync(PinRecord pin, CancellationToken cancellationToken);
}

internal sealed class NullPinLog : IPinLog
{
    public Task RecordPinAsync(PinRecord pin, CancellationToken cancellationToken) => Task.CompletedTask;
}

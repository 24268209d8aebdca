using ChatBot.Answers.Operations;

namespace ChatBot.Operations.Audit;

/// <summary>Records pins in the audit trail, through the same queue as answers (off the command's path).</summary>
public sealed class AuditPinLog(AuditQueue queue) : IPinLog
{
    public Task RecordPinAsync(PinRecord pin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pin);
        queue.TryEnqueue(new PinAuditEntry(pin));
        return Task.CompletedTask;
    }
}

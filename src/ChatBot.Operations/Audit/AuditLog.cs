using Microsoft.Extensions.Logging;

namespace ChatBot.Operations.Audit;

/// <summary>Log messages of the audit trail (event ids 6000–6099). No question text above Debug.</summary>
internal static partial class AuditLog
{
    [LoggerMessage(6001, LogLevel.Warning, "Audit queue full: {Entry} was not recorded ({Dropped} dropped so far); raise Audit:QueueCapacity or check the store")]
    public static partial void QueueFull(ILogger logger, string entry, long dropped);

    [LoggerMessage(6002, LogLevel.Error, "Audit store could not write {Count} entries; they are lost")]
    public static partial void WriteFailed(ILogger logger, int count, Exception exception);

    [LoggerMessage(6003, LogLevel.Warning, "Shutdown timed out with {Count} audit entries still queued; they are lost")]
    public static partial void FlushIncomplete(ILogger logger, int count);

    [LoggerMessage(6004, LogLevel.Information, "Audit retention removed {Count} answers older than {Cutoff:u}")]
    public static partial void RetentionDeleted(ILogger logger, int count, DateTimeOffset cutoff);

    [LoggerMessage(6005, LogLevel.Error, "Audit retention failed; it is tried again at the next interval")]
    public static partial void RetentionFailed(ILogger logger, Exception exception);

    [LoggerMessage(6006, LogLevel.Debug, "Audited answer {AnswerId} to question {Question}")]
    public static partial void Audited(ILogger logger, string answerId, string question);

    [LoggerMessage(6007, LogLevel.Information, "Audit queue flushed at shutdown ({Count} entries written)")]
    public static partial void Flushed(ILogger logger, long count);
}

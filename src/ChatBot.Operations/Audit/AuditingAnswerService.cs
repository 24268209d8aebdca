using ChatBot.Answers;
using ChatBot.Answers.Model;
using ChatBot.Operations.Metrics;
using Microsoft.Extensions.Logging;

namespace ChatBot.Operations.Audit;

/// <summary>
/// Wraps the registered answer service: measures each answer, counts it, and hands an audit record to the queue.
/// The hand-off never waits, so the audit trail cannot delay an answer.
/// </summary>
public sealed class AuditingAnswerService(
    IAnswerService inner,
    AuditQueue queue,
    CorpusVersion corpusVersion,
    ChatBotMetrics metrics,
    TimeProvider time,
    ILogger<AuditingAnswerService> logger) : IAnswerService
{
    public async Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = time.GetTimestamp();
        Answer answer;
        try
        {
            answer = await inner.AnswerAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            metrics.RecordAnswer(request.Conversation.Platform, "none", AnswerOutcome.Error, time.GetElapsedTime(started));
            throw;
        }

        var elapsed = time.GetElapsedTime(started);
        metrics.RecordAnswer(request.Conversation.Platform, AnswerOutcome.ModeTag(answer.Mode), AnswerOutcome.Of(answer), elapsed);
        var record = ToRecord(request, answer, elapsed);
        if (queue.TryEnqueue(new AnswerAuditEntry(record)))
        {
            AuditLog.Audited(logger, answer.AnswerId.ToString(), request.Question);
        }

        return answer;
    }

    private AuditRecord ToRecord(AnswerRequest request, Answer answer, TimeSpan elapsed) => new()
    {
        AnswerId = answer.AnswerId,
        AnsweredAt = time.GetUtcNow(),
        Platform = request.Conversation.Platform,
        ChatId = request.Conversation.ChatId,
        AskerId = request.Conversation.UserId,
        Question = request.Question,
        Language = answer.Language,
        Kind = answer.Kind,
        Mode = answer.Mode,
        Abstained = answer.Abstained,
        AbstainReason = answer.AbstainReason,
        Verdict = answer.Verdict,
        LatencyMs = Math.Round(elapsed.TotalMilliseconds, 3),
        CorpusVersion = corpusVersion.Current,
        Citations = [.. answer.Citations.Select(c => new AuditCitation(c.File, c.Start, c.End, c.ContentHash, c.Publisher, c.Date))],
    };
}

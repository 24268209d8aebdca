using System.Globalization;
using ChatBot.Answers;
using ChatBot.Answers.Model;
using ChatBot.Answers.Operations;
using ChatBot.Discord.Rendering;
using ChatBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Bot;

/// <summary>Rate limit, answer, remember, render: the path every question takes, whatever way it arrived.</summary>
internal sealed partial class QuestionAsker(IAnswerService answers, IAskerRateLimiter limiter, AnswerCache cache, ILogger<QuestionAsker> logger)
{
    public const string Platform = "discord";

    public async Task<MessageDraft> AskAsync(string question, Conversation conversation, QuestionKind? kind, BotTexts texts, CancellationToken cancellationToken)
    {
        var decision = await limiter.TryAcquireAsync(conversation, cancellationToken).ConfigureAwait(false);
        if (!decision.Allowed)
        {
            // The limiter's own wait (time until the bucket refills); a minute only when it cannot say.
            var seconds = Math.Max(1, (int)Math.Ceiling((decision.RetryAfter ?? TimeSpan.FromMinutes(1)).TotalSeconds));
            LogRateLimited(conversation.UserId, seconds);
            return MessageDraft.Text(string.Format(CultureInfo.InvariantCulture, texts.RateLimited, seconds));
        }

        LogQuestion(conversation.ChatId, conversation.UserId, question);
        Answer answer;
        try
        {
            answer = await answers.AnswerAsync(new AnswerRequest(question, conversation, kind), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogAnswerFailed(ex);
            return MessageDraft.Text(texts.Failed);
        }

        cache.Add(answer);
        LogAnswered(answer.AnswerId.ToString(), answer.Abstained, answer.Sources.Count, answer.Mode.ToString());
        return AnswerEmbedRenderer.Reply(answer, asked: question);
    }

    [LoggerMessage(EventId = 4301, Level = LogLevel.Debug, Message = "Discord question in {ChatId} from {UserId}: {Question}")]
    private partial void LogQuestion(string chatId, string userId, string question);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Information, Message = "Discord answer {AnswerId}: abstained {Abstained}, {SourceCount} source(s), mode {Mode}")]
    private partial void LogAnswered(string answerId, bool abstained, int sourceCount, string mode);

    [LoggerMessage(EventId = 4303, Level = LogLevel.Information, Message = "Discord user {UserId} rate limited for {Seconds} s")]
    private partial void LogRateLimited(string userId, int seconds);

    [LoggerMessage(EventId = 4304, Level = LogLevel.Error, Message = "Answering a Discord question failed")]
    private partial void LogAnswerFailed(Exception exception);
}

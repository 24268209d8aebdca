using Microsoft.Extensions.Logging;

namespace ChatBot.Telegram;

/// <summary>Event ids 3000–3099. User text only at Debug; the token never (errors pass through SecretRedactor first).</summary>
internal static partial class TelegramLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Telegram bot @{Username} ({BotId}) connected in {Mode} mode")]
    public static partial void Connected(this ILogger logger, string username, long botId, string mode);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Critical, Message = "Telegram rejected the bot token (401 Unauthorized). Check TELEGRAM_BOT_TOKEN; stopping.")]
    public static partial void TokenRejected(this ILogger logger);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Polling for Telegram updates failed (attempt {Attempt}); next attempt in {DelaySeconds} s: {Error}")]
    public static partial void PollFailed(this ILogger logger, int attempt, double delaySeconds, string error);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "Telegram update {UpdateId} ({UpdateType}) failed; continuing with the next: {Error}")]
    public static partial void UpdateFailed(this ILogger logger, int updateId, string updateType, string error);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Telegram update {UpdateId} could not be read and is skipped: {Error}")]
    public static partial void UpdateUnreadable(this ILogger logger, int updateId, string error);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Debug, Message = "Telegram update {UpdateId} ({UpdateType}) ignored")]
    public static partial void UpdateIgnored(this ILogger logger, int updateId, string updateType);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Debug, Message = "Question in chat {ChatId} from {UserId}: {Question}")]
    public static partial void Question(this ILogger logger, long chatId, long userId, string question);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Information, Message = "Answered {AnswerId} in chat {ChatId} ({Mode}, abstained {Abstained}, {Pages} page(s))")]
    public static partial void Answered(this ILogger logger, string answerId, long chatId, string mode, bool abstained, int pages);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Information, Message = "User {UserId} in chat {ChatId} is rate limited")]
    public static partial void RateLimited(this ILogger logger, long userId, long chatId);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Information, Message = "Answer {AnswerId} pinned in chat {ChatId} by {UserId}")]
    public static partial void Pinned(this ILogger logger, string answerId, long chatId, long userId);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Information, Message = "Pin of {AnswerId} in chat {ChatId} refused for {UserId} (status {Status})")]
    public static partial void PinRefused(this ILogger logger, string answerId, long chatId, long userId, string status);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Warning, Message = "Registering the bot commands failed: {Error}")]
    public static partial void CommandsNotRegistered(this ILogger logger, string error);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Error, Message = "The answer service failed for chat {ChatId}: {Error}")]
    public static partial void AnswerServiceFailed(this ILogger logger, long chatId, string error);

    [LoggerMessage(EventId = 3013, Level = LogLevel.Warning, Message = "Pinning {AnswerId} in chat {ChatId} failed: {Error}")]
    public static partial void PinFailed(this ILogger logger, string answerId, long chatId, string error);

    [LoggerMessage(EventId = 3014, Level = LogLevel.Warning, Message = "Telegram is configured for bot @{Configured} but the token belongs to @{Actual}")]
    public static partial void UsernameMismatch(this ILogger logger, string configured, string actual);

    [LoggerMessage(EventId = 3015, Level = LogLevel.Information, Message = "Telegram polling resumes at update offset {Offset} with {Pending} update(s) left from the last run")]
    public static partial void Resuming(this ILogger logger, int offset, int pending);

    [LoggerMessage(EventId = 3016, Level = LogLevel.Error, Message = "Telegram says another instance or a webhook is receiving updates (409 Conflict); retrying in {DelaySeconds} s")]
    public static partial void Conflict(this ILogger logger, double delaySeconds);

    [LoggerMessage(EventId = 3017, Level = LogLevel.Information, Message = "Telegram is disabled: {Reason}")]
    public static partial void Disabled(this ILogger logger, string reason);

    [LoggerMessage(EventId = 3019, Level = LogLevel.Warning, Message = "Cannot reach the Telegram Bot API at start (attempt {Attempt}); next attempt in {DelaySeconds} s: {Error}")]
    public static partial void ConnectFailed(this ILogger logger, int attempt, double delaySeconds, string error);

    [LoggerMessage(EventId = 3021, Level = LogLevel.Debug, Message = "Telegram Bot API request failed ({Error}); retry {Attempt} of {MaxAttempts} in {DelayMs:0} ms")]
    public static partial void RequestRetry(this ILogger logger, string error, int attempt, int maxAttempts, double delayMs);

    [LoggerMessage(EventId = 3022, Level = LogLevel.Debug, Message = "Telegram Bot API request failure before retry {Attempt}")]
    public static partial void RequestRetryDetail(this ILogger logger, int attempt, Exception exception);

    [LoggerMessage(EventId = 3018, Level = LogLevel.Warning, Message = "Webhook request refused: {Reason}")]
    public static partial void WebhookRefused(this ILogger logger, string reason);

    [LoggerMessage(EventId = 3023, Level = LogLevel.Warning, Message = "Answering button press {QueryId} failed: {Error}")]
    public static partial void CallbackFailed(this ILogger logger, string queryId, string error);

    [LoggerMessage(EventId = 3020, Level = LogLevel.Debug, Message = "Telegram update {UpdateId} skipped: already claimed (a redelivery, or another process answers it)")]
    public static partial void UpdateClaimedElsewhere(this ILogger logger, int updateId);
}

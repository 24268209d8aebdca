using System.ComponentModel.DataAnnotations;

namespace ChatBot.Telegram.Configuration;

/// <summary>Section "Telegram". The bot token is not here: it comes from the environment (see <see cref="TelegramBotToken"/>).</summary>
public sealed class TelegramOptions : IValidatableObject
{
    public const string Section = "Telegram";

    /// <summary>null = on when a token is present; false = off even with a token; true = a missing token stops the start.</summary>
    public bool? Enabled { get; set; }

    /// <summary>Bot API server; change it for a self-hosted Bot API server or a test server.</summary>
    [Required, Url] public string BaseUrl { get; set; } = "https://api.telegram.org";

    /// <summary>Optional: checked against getMe at start so a wrong token for the wrong bot is noticed.</summary>
    [RegularExpression("^@?[A-Za-z][A-Za-z0-9_]{3,31}$")] public string? BotUsername { get; set; }

    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    [Range(0, 50)] public int PollingTimeoutSeconds { get; set; } = 30;

    /// <summary>Time for one ordinary request (not counting the long-poll wait).</summary>
    [Range(1, 300)] public int RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>Folder for the polling offset file; relative paths are resolved against the working directory.</summary>
    [Required] public string DataFolder { get; set; } = "data/telegram";

    [Required, RegularExpression(@"^[\w\-. ]+$")] public string OffsetFile { get; set; } = "telegram-offset.json";

    /// <summary>Updates handled at the same time (different chats in parallel, one chat in order).</summary>
    [Range(1, 64)] public int MaxParallelUpdates { get; set; } = 8;

    /// <summary>Received but unfinished updates at most; beyond this polling pauses (back pressure).</summary>
    [Range(1, 100_000)] public int MaxPendingUpdates { get; set; } = 1000;

    /// <summary>429 "retry after X": waited out automatically when X is at most this many seconds.</summary>
    [Range(0, 600)] public int MaxRetryAfterSeconds { get; set; } = 60;

    [Range(0, 10)] public int RetryAfterAttempts { get; set; } = 3;

    /// <summary>Retries for 5xx and network errors (exponential backoff with jitter).</summary>
    [Range(0, 10)] public int TransientRetries { get; set; } = 4;

    [Range(1, 60_000)] public int TransientRetryBaseDelayMs { get; set; } = 500;

    /// <summary>
    /// On shutdown, replies already on their way get this long to reach Telegram, so that their update is recorded as
    /// answered rather than answered again after a restart. Keep it below the host's shutdown timeout (30 s).
    /// </summary>
    [Range(0, 25)] public int ShutdownGraceSeconds { get; set; } = 10;

    /// <summary>Answers kept for the "more sources" button.</summary>
    [Range(1, 100_000)] public int AnswerCacheSize { get; set; } = 1000;

    /// <summary>Quotes longer than this (characters) are shown as collapsed, expandable blockquotes.</summary>
    [Range(0, 4096)] public int ExpandableQuoteLength { get; set; } = 300;

    public TelegramWebhookOptions Webhook { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Mode != TelegramMode.Webhook)
        {
            yield break;
        }

        if (!Uri.TryCreate(Webhook.PublicUrl, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
        {
            yield return new ValidationResult("Telegram:Webhook:PublicUrl must be an absolute https URL in webhook mode.", ["Webhook.PublicUrl"]);
        }

        if (string.IsNullOrWhiteSpace(Webhook.SecretToken) || !System.Text.RegularExpressions.Regex.IsMatch(Webhook.SecretToken, "^[A-Za-z0-9_-]{16,256}$"))
        {
            yield return new ValidationResult(
                "Telegram:Webhook:SecretToken (environment variable TELEGRAM_WEBHOOK_SECRET) must be 16-256 characters A-Z a-z 0-9 _ - in webhook mode.",
                ["Webhook.SecretToken"]);
        }
    }
}

public enum TelegramMode
{
    Polling,
    Webhook,
}

/// <summary>Section "Telegram:Webhook": only used when Mode is Webhook. The route listens on the web app's Web:Urls.</summary>
public sealed class TelegramWebhookOptions
{
    /// <summary>The https URL Telegram posts to (ends in <see cref="Path"/>), e.g. https://bot.example.org/telegram/webhook.</summary>
    public string? PublicUrl { get; set; }

    [RegularExpression("^/[A-Za-z0-9/_-]*$")] public string Path { get; set; } = "/telegram/webhook";

    /// <summary>Checked against X-Telegram-Bot-Api-Secret-Token; supply through the environment, never appsettings.json.</summary>
    public string? SecretToken { get; set; }
}

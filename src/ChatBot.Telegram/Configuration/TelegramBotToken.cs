using Microsoft.Extensions.Configuration;

namespace ChatBot.Telegram.Configuration;

/// <summary>The bot token. Its <see cref="ToString"/> never shows it, so it cannot slip into a log line.</summary>
public sealed class TelegramBotToken
{
    public const string EnvironmentVariable = "TELEGRAM_BOT_TOKEN";
    public const string ConfigurationKey = "Telegram:BotToken";

    public TelegramBotToken(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value.Trim();
    }

    public string Value { get; }

    public override string ToString() => "***";

    /// <summary>TELEGRAM_BOT_TOKEN first (environment variables are part of the host configuration), then Telegram:BotToken.</summary>
    public static TelegramBotToken? FromConfiguration(IConfiguration configuration)
    {
        var value = configuration[EnvironmentVariable];
        if (string.IsNullOrWhiteSpace(value))
        {
            value = configuration[ConfigurationKey];
        }

        return string.IsNullOrWhiteSpace(value) ? null : new TelegramBotToken(value);
    }
}

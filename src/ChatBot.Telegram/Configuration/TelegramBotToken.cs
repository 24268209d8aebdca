using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace ChatBot.Telegram.Configuration;

/// <summary>The bot token. Its <see cref="ToString"/> never shows it, so it cannot slip into a log line.</summary>
public sealed partial class TelegramBotToken
{
    public const string EnvironmentVariable = "TELEGRAM_BOT_TOKEN";
    public const string ConfigurationKey = "Telegram:BotToken";

    /// <summary>Says what is wrong without showing the token.</summary>
    public const string ShapeProblem =
        $"{EnvironmentVariable} is not a bot token: expected the form 123456789:AAH… (the bot's numeric id, a colon, then letters, digits, _ or -) as @BotFather gives it.";

    public TelegramBotToken(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value.Trim();
    }

    public string Value { get; }

    /// <summary>The bot id, a colon and the secret: what the Bot API (and Telegram.Bot) accept.</summary>
    public bool HasExpectedShape => Shape().IsMatch(Value);

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

    [GeneratedRegex("^[0-9]{1,16}:[A-Za-z0-9_-]+$")]
    private static partial Regex Shape();
}

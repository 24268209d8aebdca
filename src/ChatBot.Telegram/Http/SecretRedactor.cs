using System.Text.RegularExpressions;
using ChatBot.Telegram.Configuration;

namespace ChatBot.Telegram.Http;

/// <summary>
/// Telegram.Bot puts the token in every request URL, so any text about a request (exception messages, URLs)
/// goes through here before it reaches a log.
/// </summary>
internal sealed partial class SecretRedactor(TelegramBotToken token)
{
    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var redacted = text.Replace(token.Value, "***", StringComparison.Ordinal);
        // Also any other bot token shape, e.g. one echoed back by a proxy in a different encoding.
        return TokenShape().Replace(redacted, "bot***");
    }

    public string Redact(Exception exception) => Redact(exception.ToString());

    [GeneratedRegex(@"bot\d{3,}(:|%3A)[A-Za-z0-9_-]{10,}", RegexOptions.IgnoreCase)]
    private static partial Regex TokenShape();
}

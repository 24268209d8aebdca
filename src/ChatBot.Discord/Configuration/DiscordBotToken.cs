namespace ChatBot.Discord.Configuration;

/// <summary>
/// The bot token, read from the environment only. <see cref="ToString"/> hides it so that it cannot reach a log or an
/// exception message by accident.
/// </summary>
public sealed class DiscordBotToken(string? value)
{
    public const string EnvironmentVariable = "DISCORD_BOT_TOKEN";

    internal string Value { get; } = value?.Trim() ?? "";

    public bool IsPresent => Value.Length > 0 && !Value.Any(char.IsWhiteSpace);

    public override string ToString() => "[redacted]";
}

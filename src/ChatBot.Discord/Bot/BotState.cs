namespace ChatBot.Discord.Bot;

/// <summary>
/// What the bot knows about its own connection: its user id (from READY, to recognise mentions) and, when Discord
/// refused it for good, why — so health checks and tests can read it.
/// </summary>
public sealed class DiscordBotState
{
    private volatile string? _botUserId;
    private volatile string? _fatalError;

    public string? BotUserId
    {
        get => _botUserId;
        internal set => _botUserId = value;
    }

    public string? FatalError
    {
        get => _fatalError;
        internal set => _fatalError = value;
    }

    public bool IsReady => _botUserId is not null && _fatalError is null;
}

namespace ChatBot.Discord.Gateway;

/// <summary>A gateway dispatch translated into our own record at the edge.</summary>
public abstract record GatewayEvent;

public sealed record ReadyEvent(string SessionId, string BotUserId, int GuildCount) : GatewayEvent;

public sealed record DiscordUser(string Id, string Username, bool IsBot);

/// <summary>MESSAGE_CREATE. <see cref="GuildId"/> is null in DMs.</summary>
public sealed record MessageCreated(
    string MessageId,
    string ChannelId,
    string? GuildId,
    DiscordUser Author,
    string Content,
    IReadOnlyList<string> MentionedUserIds) : GatewayEvent;

public enum InteractionKind
{
    Ping = 1,
    ApplicationCommand = 2,
    MessageComponent = 3,
    Autocomplete = 4,
    ModalSubmit = 5,
}

/// <summary>
/// INTERACTION_CREATE. <see cref="MemberPermissions"/> is the member's computed permissions in the channel (null
/// outside guilds); <see cref="MessageId"/> is the message a button was on; <see cref="AppPermissions"/> is the bot's
/// own permissions in the channel (<c>app_permissions</c>).
/// </summary>
public sealed record InteractionCreated(
    string Id,
    string Token,
    string ApplicationId,
    InteractionKind Kind,
    string? ChannelId,
    string? GuildId,
    DiscordUser User,
    ulong? MemberPermissions,
    string? Locale,
    string? CommandName,
    IReadOnlyDictionary<string, string> Options,
    string? CustomId,
    string? MessageId,
    ulong? AppPermissions = null) : GatewayEvent;

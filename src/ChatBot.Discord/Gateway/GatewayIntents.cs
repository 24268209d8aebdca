namespace ChatBot.Discord.Gateway;

/// <summary>The intents we identify with (gateway.mdx#list-of-intents).</summary>
[Flags]
public enum GatewayIntents
{
    None = 0,
    Guilds = 1 << 0,
    GuildMessages = 1 << 9,
    DirectMessages = 1 << 12,
    /// <summary>Privileged: must be switched on in the Developer Portal, else close code 4014.</summary>
    MessageContent = 1 << 15,

    Bot = Guilds | GuildMessages | DirectMessages | MessageContent,
}

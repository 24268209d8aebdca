namespace ChatBot.Discord.Bot;

/// <summary>
/// Permission bits (permissions.mdx) we ask for and check. Pinning needs PIN_MESSAGES (1 &lt;&lt; 51) since Discord split
/// it off MANAGE_MESSAGES (change-log "pin permission split"): Manage Messages alone no longer allows a pin.
/// </summary>
internal static class DiscordPermissions
{
    public const ulong Administrator = 1UL << 3;
    public const ulong SendMessages = 1UL << 11;
    public const ulong EmbedLinks = 1UL << 14;
    public const ulong ReadMessageHistory = 1UL << 16;
    public const ulong PinMessages = 1UL << 51;

    /// <summary>What the invite URL asks for (README): 2251799813769216.</summary>
    public const ulong Invite = SendMessages | EmbedLinks | ReadMessageHistory | PinMessages;

    /// <summary>May a member (the interaction's <c>member.permissions</c>) pin? Unknown permissions (a DM) may not.</summary>
    public static bool CanPin(ulong? memberPermissions) =>
        memberPermissions is { } p && ((p & PinMessages) != 0 || (p & Administrator) != 0);

    /// <summary>
    /// May the bot pin (the interaction's <c>app_permissions</c>)? Unknown counts as yes: Discord's own refusal is
    /// then logged. A bot invited before the split (integer 92160) has Manage Messages but not Pin Messages.
    /// </summary>
    public static bool BotCanPin(ulong? appPermissions) =>
        appPermissions is not { } p || (p & PinMessages) != 0 || (p & Administrator) != 0;
}

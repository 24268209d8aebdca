namespace ChatBot.Discord.Bot;

/// <summary>Permission bits (permissions.mdx) we check on an interaction's member.</summary>
internal static class DiscordPermissions
{
    public const ulong Administrator = 1UL << 3;
    public const ulong SendMessages = 1UL << 11;
    public const ulong ManageMessages = 1UL << 13;
    public const ulong EmbedLinks = 1UL << 14;
    public const ulong ReadMessageHistory = 1UL << 16;

    /// <summary>What the invite URL asks for (README): 92160.</summary>
    public const ulong Invite = SendMessages | EmbedLinks | ManageMessages | ReadMessageHistory;

    public static bool CanPin(ulong? memberPermissions) =>
        memberPermissions is { } p && ((p & ManageMessages) != 0 || (p & Administrator) != 0);
}

namespace ChatBot.Discord.Bot;

/// <summary>Permission bits (permissions.mdx) we check on an interaction's member.</summary>
internal static class DiscordPermissions
{
    public const ulong Administrator = 1UL << 3;
    public const ulong ManageMessages = 1UL << 13;

    public static bool CanPin(ulong? memberPermissions) =>
        memberPermissions is { } p && ((p & ManageMessages) != 0 || (p & Administrator) != 0);
}

using System.Globalization;
using System.Text.Json.Nodes;

namespace ChatBot.Discord.Tests.Fakes;

/// <summary>Gateway dispatch payloads shaped as gateway-events.mdx documents them.</summary>
public static class DiscordEvents
{
    public const string UserId = "800000000000000001";
    public static string NextId() => Random.Shared.NextInt64(100_000_000_000_000_000, 999_999_999_999_999_999).ToString(CultureInfo.InvariantCulture);

    public static JsonObject User(string id = UserId, bool bot = false) => new()
    {
        ["id"] = id, ["username"] = "asker", ["discriminator"] = "0", ["global_name"] = "Asker", ["avatar"] = null, ["bot"] = bot,
    };

    public static JsonObject Message(string content, bool mentionBot, string? guildId = FakeDiscord.GuildId, string? id = null, JsonObject? author = null) => new()
    {
        ["id"] = id ?? NextId(),
        ["channel_id"] = FakeDiscord.ChannelId,
        ["guild_id"] = guildId,
        ["author"] = author ?? User(),
        ["content"] = content,
        ["timestamp"] = "2026-11-23T10:00:00.000000+00:00",
        ["edited_timestamp"] = null,
        ["tts"] = false,
        ["mention_everyone"] = content.Contains("@everyone", StringComparison.Ordinal),
        ["mentions"] = mentionBot ? new JsonArray(User(FakeDiscord.BotUserId, bot: true)) : new JsonArray(),
        ["mention_roles"] = new JsonArray(),
        ["attachments"] = new JsonArray(),
        ["embeds"] = new JsonArray(),
        ["pinned"] = false,
        ["type"] = 0,
    };

    public static JsonObject SlashCommand(string name, string? question, string locale = "nl", string token = "slash-token-1") => Interaction(2, token, locale, "0", InvitedAppPermissions,
        new JsonObject
        {
            ["id"] = NextId(), ["name"] = name, ["type"] = 1,
            ["options"] = question is null ? new JsonArray() : new JsonArray(new JsonObject { ["name"] = "question", ["type"] = 3, ["value"] = question }),
        }, null);

    /// <summary>The bot's permissions when invited as the README says (Send, Embed Links, Read History, Pin Messages).</summary>
    public const ulong InvitedAppPermissions = (1UL << 11) | (1UL << 14) | (1UL << 16) | (1UL << 51);

    public static JsonObject Button(string customId, string messageId, ulong permissions, string token = "button-token-1", string locale = "en-US", ulong appPermissions = InvitedAppPermissions) =>
        Interaction(3, token, locale, permissions.ToString(CultureInfo.InvariantCulture), appPermissions,
            new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 },
            new JsonObject { ["id"] = messageId, ["channel_id"] = FakeDiscord.ChannelId, ["content"] = "", ["author"] = User(FakeDiscord.BotUserId, bot: true) });

    private static JsonObject Interaction(int type, string token, string locale, string permissions, ulong appPermissions, JsonObject data, JsonObject? message) => new()
    {
        ["id"] = NextId(),
        ["application_id"] = FakeDiscord.ApplicationId,
        ["type"] = type,
        ["data"] = data,
        ["guild_id"] = FakeDiscord.GuildId,
        ["channel_id"] = FakeDiscord.ChannelId,
        ["channel"] = new JsonObject { ["id"] = FakeDiscord.ChannelId, ["type"] = 0 },
        ["member"] = new JsonObject { ["user"] = User(), ["roles"] = new JsonArray(), ["permissions"] = permissions, ["joined_at"] = "2025-01-01T00:00:00+00:00" },
        ["token"] = token,
        ["version"] = 1,
        ["locale"] = locale,
        ["guild_locale"] = "nl",
        ["app_permissions"] = appPermissions.ToString(CultureInfo.InvariantCulture),
        ["message"] = message,
    };
}

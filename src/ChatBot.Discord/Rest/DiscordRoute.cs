namespace ChatBot.Discord.Rest;

/// <summary>
/// One REST call: the method, the template (for logs, errors and rate-limit keys) and the concrete path. Rate limits
/// are per route and per top-level resource ("major parameter": channel, guild, webhook), so the key keeps those.
/// </summary>
internal sealed record DiscordRoute(HttpMethod Method, string Template, string Path, string MajorParameter)
{
    public string RateLimitKey => $"{Method} {Template} {MajorParameter}";

    public override string ToString() => $"{Method} {Template}";

    public static DiscordRoute GatewayBot() => new(HttpMethod.Get, "/gateway/bot", "gateway/bot", "");

    public static DiscordRoute CreateMessage(string channelId) =>
        new(HttpMethod.Post, "/channels/{channel_id}/messages", $"channels/{Id(channelId)}/messages", channelId);

    public static DiscordRoute PinMessage(string channelId, string messageId) =>
        new(HttpMethod.Put, "/channels/{channel_id}/messages/pins/{message_id}", $"channels/{Id(channelId)}/messages/pins/{Id(messageId)}", channelId);

    public static DiscordRoute InteractionCallback(string interactionId, string token) =>
        new(HttpMethod.Post, "/interactions/{interaction_id}/{interaction_token}/callback",
            $"interactions/{Id(interactionId)}/{Uri.EscapeDataString(token)}/callback", interactionId);

    public static DiscordRoute EditOriginal(string applicationId, string token) =>
        new(HttpMethod.Patch, "/webhooks/{webhook_id}/{webhook_token}/messages/@original",
            $"webhooks/{Id(applicationId)}/{Uri.EscapeDataString(token)}/messages/@original", applicationId + "/" + Hash(token));

    public static DiscordRoute Followup(string applicationId, string token) =>
        new(HttpMethod.Post, "/webhooks/{webhook_id}/{webhook_token}",
            $"webhooks/{Id(applicationId)}/{Uri.EscapeDataString(token)}", applicationId + "/" + Hash(token));

    public static DiscordRoute BulkOverwriteCommands(string applicationId, string? guildId) => guildId is null
        ? new(HttpMethod.Put, "/applications/{application_id}/commands", $"applications/{Id(applicationId)}/commands", "")
        : new(HttpMethod.Put, "/applications/{application_id}/guilds/{guild_id}/commands",
            $"applications/{Id(applicationId)}/guilds/{Id(guildId)}/commands", guildId);

    // Ids go into paths: anything but a snowflake would let a payload steer the request elsewhere.
    private static string Id(string id) =>
        id.Length is > 0 and <= 20 && id.All(char.IsAsciiDigit) ? id : throw new ArgumentException("Not a Discord snowflake id.", nameof(id));

    // The rate-limit key must not hold the interaction token itself (keys may be logged).
    private static string Hash(string token) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)))[..16];
}

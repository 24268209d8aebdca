using System.Globalization;
using System.Text.Json;

namespace ChatBot.Discord.Gateway;

/// <summary>Turns dispatch payloads (gateway-events.mdx) into our records; unknown events give null.</summary>
internal static class GatewayEventParser
{
    public static GatewayEvent? Parse(string? type, JsonElement d) => type switch
    {
        "READY" => new ReadyEvent(
            Str(d, "session_id") ?? "",
            d.TryGetProperty("user", out var u) ? Str(u, "id") ?? "" : "",
            d.TryGetProperty("guilds", out var g) && g.ValueKind == JsonValueKind.Array ? g.GetArrayLength() : 0),
        "MESSAGE_CREATE" => Message(d),
        "INTERACTION_CREATE" => Interaction(d),
        _ => null,
    };

    private static MessageCreated Message(JsonElement d) => new(
        Str(d, "id") ?? "",
        Str(d, "channel_id") ?? "",
        Str(d, "guild_id"),
        User(d.GetProperty("author")),
        Str(d, "content") ?? "",
        d.TryGetProperty("mentions", out var m) && m.ValueKind == JsonValueKind.Array
            ? [.. m.EnumerateArray().Select(x => Str(x, "id")).OfType<string>()]
            : []);

    private static InteractionCreated Interaction(JsonElement d)
    {
        // In guilds the user is inside "member"; in DMs it is "user".
        var hasMember = d.TryGetProperty("member", out var member) && member.ValueKind == JsonValueKind.Object;
        var user = hasMember && member.TryGetProperty("user", out var mu) ? User(mu) : d.TryGetProperty("user", out var du) ? User(du) : new DiscordUser("", "", false);
        ulong? permissions = hasMember && ulong.TryParse(Str(member, "permissions"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;
        ulong? appPermissions = ulong.TryParse(Str(d, "app_permissions"), NumberStyles.None, CultureInfo.InvariantCulture, out var a) ? a : null;

        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        string? commandName = null, customId = null;
        if (d.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            commandName = Str(data, "name");
            customId = Str(data, "custom_id");
            if (data.TryGetProperty("options", out var opts) && opts.ValueKind == JsonValueKind.Array)
            {
                foreach (var o in opts.EnumerateArray())
                {
                    if (Str(o, "name") is { } name && o.TryGetProperty("value", out var v))
                    {
                        options[name] = v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : v.GetRawText();
                    }
                }
            }
        }

        return new InteractionCreated(
            Str(d, "id") ?? "",
            Str(d, "token") ?? "",
            Str(d, "application_id") ?? "",
            d.TryGetProperty("type", out var t) && t.TryGetInt32(out var ti) ? (InteractionKind)ti : InteractionKind.Ping,
            Str(d, "channel_id") ?? (d.TryGetProperty("channel", out var ch) ? Str(ch, "id") : null),
            Str(d, "guild_id"),
            user,
            permissions,
            Str(d, "locale"),
            commandName,
            options,
            customId,
            d.TryGetProperty("message", out var msg) && msg.ValueKind == JsonValueKind.Object ? Str(msg, "id") : null,
            appPermissions);
    }

    private static DiscordUser User(JsonElement u) => new(
        Str(u, "id") ?? "",
        Str(u, "username") ?? "",
        u.TryGetProperty("bot", out var b) && b.ValueKind == JsonValueKind.True);

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

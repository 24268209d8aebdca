using System.ComponentModel.DataAnnotations;

namespace ChatBot.Discord.Configuration;

/// <summary>Section "Discord". The bot token is not here: it comes from the DISCORD_BOT_TOKEN environment variable.</summary>
public sealed class DiscordOptions
{
    public const string Section = "Discord";

    public bool Enabled { get; set; }

    /// <summary>Application id (snowflake) from the Developer Portal; needed to register commands and edit replies.</summary>
    [RegularExpression(@"^\d{1,20}$", ErrorMessage = "Discord:ApplicationId must be a numeric snowflake id.")]
    public string? ApplicationId { get; set; }

    /// <summary>Development guild: commands are registered there (instantly) instead of globally.</summary>
    [RegularExpression(@"^\d{1,20}$", ErrorMessage = "Discord:GuildId must be a numeric snowflake id.")]
    public string? GuildId { get; set; }

    [Range(0, 65_535)] public int ShardId { get; set; }
    [Range(1, 65_536)] public int ShardCount { get; set; } = 1;

    [Required, Url] public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>Overrides the url from GET /gateway/bot (tests, Discord-compatible servers).</summary>
    public string? GatewayUrl { get; set; }

    /// <summary>Op 9 with d=false: Discord asks for a random wait of 1–5 s before identifying again.</summary>
    [Range(0, 60_000)] public int InvalidSessionMinDelayMs { get; set; } = 1_000;
    [Range(0, 60_000)] public int InvalidSessionMaxDelayMs { get; set; } = 5_000;

    /// <summary>First wait after a failed connect; doubles per failure up to <see cref="ReconnectMaxDelayMs"/>.</summary>
    [Range(0, 60_000)] public int ReconnectDelayMs { get; set; } = 1_000;
    [Range(0, 600_000)] public int ReconnectMaxDelayMs { get; set; } = 60_000;

    /// <summary>Identify rate limit: max_concurrency identifies per this window (5 s at Discord).</summary>
    [Range(0, 60_000)] public int IdentifyWindowMs { get; set; } = 5_000;

    /// <summary>
    /// Scale-out mode: receive interactions over HTTP instead of on the gateway. The public URL of the web app (e.g.
    /// "https://bot.example.org"); the portal's Interactions Endpoint URL is this + <see cref="InteractionsPath"/>. The
    /// route itself is served on the web app's Web:Urls.
    /// </summary>
    public string? InteractionsEndpointUrl { get; set; }

    [RegularExpression(@"^/[A-Za-z0-9/_-]*$", ErrorMessage = "Discord:InteractionsPath must be a path such as /discord/interactions.")]
    public string InteractionsPath { get; set; } = "/discord/interactions";

    /// <summary>The application's public key (hex, Developer Portal → General Information); verifies request signatures.</summary>
    [RegularExpression("^[0-9a-fA-F]{64}$", ErrorMessage = "Discord:PublicKey must be the 64 hex characters shown in the Developer Portal.")]
    public string? PublicKey { get; set; }

    /// <summary>
    /// A slash command's answer ready within this many ms is the first response itself (type 4); a slower one is
    /// deferred (type 5) and edited in. Discord allows 3 s for the first response.
    /// </summary>
    [Range(0, 2_500)] public int InteractionReplyWithinMs { get; set; } = 2_000;

    /// <summary>Events handled at the same time (each answer may take seconds; interactions must be deferred within 3 s).</summary>
    [Range(1, 64)] public int MaxConcurrentEvents { get; set; } = 8;
}

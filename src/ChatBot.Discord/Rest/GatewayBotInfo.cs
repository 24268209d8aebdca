namespace ChatBot.Discord.Rest;

/// <summary>GET /gateway/bot: where to connect, the recommended shard count and the identify budget.</summary>
public sealed record GatewayBotInfo(string Url, int Shards, SessionStartLimit SessionStartLimit);

/// <summary>Identifies left today, when the budget resets, and how many shards may identify per 5 seconds.</summary>
public sealed record SessionStartLimit(int Total, int Remaining, TimeSpan ResetAfter, int MaxConcurrency);

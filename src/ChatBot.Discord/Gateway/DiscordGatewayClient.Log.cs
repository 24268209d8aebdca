using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Gateway;

internal sealed partial class DiscordGatewayClient
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Discord gateway: {RecommendedShards} recommended shard(s); running shard {ShardId}/{ShardCount}; {Remaining} identifies left; max_concurrency {MaxConcurrency}, rate-limit key {RateLimitKey}")]
    private partial void LogGatewayInfo(int recommendedShards, int shardId, int shardCount, int remaining, int maxConcurrency, int rateLimitKey);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Discord gateway ready as user {BotUserId} in {GuildCount} guild(s), shard {ShardId}/{ShardCount}")]
    private partial void LogReady(string botUserId, int guildCount, int shardId, int shardCount);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "Discord gateway resuming at sequence {Sequence}")]
    private partial void LogResuming(int? sequence);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "Discord gateway resumed at sequence {Sequence}")]
    private partial void LogResumed(int? sequence);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Warning, Message = "Discord gateway: no heartbeat ACK before the next beat (zombie connection); reconnecting to resume")]
    private partial void LogZombie();

    [LoggerMessage(EventId = 4106, Level = LogLevel.Information, Message = "Discord gateway asked us to reconnect (op 7)")]
    private partial void LogReconnectRequested();

    [LoggerMessage(EventId = 4107, Level = LogLevel.Warning, Message = "Discord gateway: invalid session (op 9), resumable {Resumable}")]
    private partial void LogInvalidSession(bool resumable);

    [LoggerMessage(EventId = 4108, Level = LogLevel.Warning, Message = "Discord gateway closed with code {CloseCode}")]
    private partial void LogClosed(int? closeCode);

    [LoggerMessage(EventId = 4109, Level = LogLevel.Warning, Message = "Discord gateway connection dropped: {Reason}")]
    private partial void LogDropped(string reason);

    [LoggerMessage(EventId = 4111, Level = LogLevel.Warning, Message = "Discord gateway connection failed ({ErrorType}: {Reason}); retrying in {DelayMs} ms")]
    private partial void LogConnectionFailed(string errorType, string reason, double delayMs);

    [LoggerMessage(EventId = 4112, Level = LogLevel.Warning, Message = "Discord gateway: ignored malformed {EventName} event: {Reason}")]
    private partial void LogMalformedEvent(string eventName, string reason);

    [LoggerMessage(EventId = 4113, Level = LogLevel.Information, Message = "Discord gateway closed for shutdown (close frame 1000 sent)")]
    private partial void LogClosedForShutdown();
}

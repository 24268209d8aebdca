using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using ChatBot.Discord.Configuration;
using ChatBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Gateway;

/// <summary>Gateway v10 over ClientWebSocket (gateway.mdx): identify or resume, heartbeat, dispatch, reconnect.</summary>
internal sealed partial class DiscordGatewayClient(
    IDiscordRest rest,
    DiscordBotToken token,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordGatewayClient> logger) : IDiscordGateway
{
    private readonly Channel<GatewayEvent> _events = Channel.CreateUnbounded<GatewayEvent>(new UnboundedChannelOptions { SingleWriter = true });
    private readonly DiscordOptions _options = options.Value;

    // Session state survives reconnects; a resume needs all three.
    private string? _sessionId;
    private string? _resumeUrl;
    private int? _sequence;

    public ChannelReader<GatewayEvent> Events => _events.Reader;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await RunLoopAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            _events.Writer.TryComplete();
        }
    }

    private async Task RunLoopAsync(CancellationToken cancellationToken)
    {
        GatewayBotInfo info;
        try
        {
            info = await rest.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DiscordRestException ex) when (ex.IsUnauthorized)
        {
            throw new DiscordGatewayFatalException(4004, $"Discord rejected the bot token (GET /gateway/bot answered 401). Set a valid token in the {DiscordBotToken.EnvironmentVariable} environment variable.");
        }

        var gatewayUrl = string.IsNullOrWhiteSpace(_options.GatewayUrl) ? info.Url : _options.GatewayUrl;
        var gate = new IdentifyGate(time, TimeSpan.FromMilliseconds(_options.IdentifyWindowMs), logger);
        gate.Reset(info.SessionStartLimit);
        LogGatewayInfo(info.Shards, _options.ShardId, _options.ShardCount, info.SessionStartLimit.Remaining,
            info.SessionStartLimit.MaxConcurrency, _options.ShardId % info.SessionStartLimit.MaxConcurrency);

        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var resume = _sessionId is not null && _resumeUrl is not null;
            if (!resume)
            {
                await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            SessionEnd end;
            try
            {
                end = await RunConnectionAsync(resume ? _resumeUrl! : gatewayUrl, resume, () => failures = 0, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WebSocketException or IOException or HttpRequestException or JsonException or InvalidOperationException
                                       && !cancellationToken.IsCancellationRequested)
            {
                failures++;
                var delay = TimeSpan.FromMilliseconds(Math.Min(_options.ReconnectMaxDelayMs, _options.ReconnectDelayMs * Math.Pow(2, Math.Min(failures - 1, 16))));
                LogConnectionFailed(ex.GetType().Name, ex.Message, delay.TotalMilliseconds);
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            switch (end.Kind)
            {
                case SessionEndKind.Fatal:
                    throw new DiscordGatewayFatalException(end.CloseCode ?? 0, end.Message ?? "Discord closed the gateway for good.");
                case SessionEndKind.Reidentify:
                    ForgetSession();
                    break;
                case SessionEndKind.ReidentifyAfterWait:
                    ForgetSession();
                    var min = _options.InvalidSessionMinDelayMs;
                    await Task.Delay(TimeSpan.FromMilliseconds(min + (Random.Shared.NextDouble() * (_options.InvalidSessionMaxDelayMs - min))), time, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    break;
            }
        }
    }

    private void ForgetSession()
    {
        _sessionId = null;
        _resumeUrl = null;
        _sequence = null;
    }

    private async Task<SessionEnd> RunConnectionAsync(string url, bool resume, Action connected, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("User-Agent", UserAgent.Value);
        using var connection = new GatewayConnection(socket);
        await socket.ConnectAsync(GatewayUri(url), cancellationToken).ConfigureAwait(false);

        var hello = await connection.ReceiveAsync(cancellationToken).ConfigureAwait(false);
        if (hello is null)
        {
            return GatewayCloseCodes.Classify((int?)connection.CloseStatus);
        }

        if (hello.Op != GatewayOpcodes.Hello)
        {
            throw new InvalidOperationException($"Expected HELLO (op 10) but received op {hello.Op}.");
        }

        var interval = TimeSpan.FromMilliseconds(hello.D.GetProperty("heartbeat_interval").GetDouble());
        using var connectionCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var heartbeat = new HeartbeatState();
        var heartbeatTask = RunHeartbeatAsync(connection, heartbeat, interval, connectionCts.Token);
        try
        {
            if (resume)
            {
                LogResuming(_sequence);
                await connection.SendAsync(GatewayOpcodes.Resume, new JsonObject
                {
                    ["token"] = token.Value,
                    ["session_id"] = _sessionId,
                    ["seq"] = _sequence,
                }, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await connection.SendAsync(GatewayOpcodes.Identify, IdentifyPayload(), cancellationToken).ConfigureAwait(false);
            }

            while (true)
            {
                var receive = connection.ReceiveAsync(connectionCts.Token);
                if (await Task.WhenAny(receive, heartbeatTask).ConfigureAwait(false) == heartbeatTask)
                {
                    LogZombie();
                    await connection.CloseForResumeAsync().ConfigureAwait(false);
                    await IgnoreFailureAsync(receive).ConfigureAwait(false);
                    return SessionEnd.Resume;
                }

                GatewayPayload? payload;
                try
                {
                    payload = await receive.ConfigureAwait(false);
                }
                catch (WebSocketException ex) when (!cancellationToken.IsCancellationRequested)
                {
                    LogDropped(ex.Message);
                    return SessionEnd.Resume;
                }

                if (payload is null)
                {
                    var code = (int?)connection.CloseStatus;
                    LogClosed(code);
                    return GatewayCloseCodes.Classify(code);
                }

                var end = await HandleAsync(connection, heartbeat, payload, connected, cancellationToken).ConfigureAwait(false);
                if (end is { } e)
                {
                    await connection.CloseForResumeAsync().ConfigureAwait(false);
                    return e;
                }
            }
        }
        finally
        {
            await connectionCts.CancelAsync().ConfigureAwait(false);
            await IgnoreFailureAsync(heartbeatTask).ConfigureAwait(false);
        }
    }

    private async Task<SessionEnd?> HandleAsync(GatewayConnection connection, HeartbeatState heartbeat, GatewayPayload payload, Action connected, CancellationToken cancellationToken)
    {
        if (payload.S is { } s)
        {
            _sequence = s;
        }

        switch (payload.Op)
        {
            case GatewayOpcodes.Dispatch:
                await DispatchAsync(payload, connected, cancellationToken).ConfigureAwait(false);
                return null;
            case GatewayOpcodes.Heartbeat:
                await connection.SendAsync(GatewayOpcodes.Heartbeat, _sequence, cancellationToken).ConfigureAwait(false);
                return null;
            case GatewayOpcodes.HeartbeatAck:
                heartbeat.Acknowledged = true;
                return null;
            case GatewayOpcodes.Reconnect:
                LogReconnectRequested();
                return SessionEnd.Resume;
            case GatewayOpcodes.InvalidSession:
                var resumable = payload.D.ValueKind == JsonValueKind.True;
                LogInvalidSession(resumable);
                return resumable ? SessionEnd.Resume : SessionEnd.ReidentifyAfterWait;
            default:
                return null;
        }
    }

    private async Task DispatchAsync(GatewayPayload payload, Action connected, CancellationToken cancellationToken)
    {
        if (payload.T == "RESUMED")
        {
            connected();
            LogResumed(_sequence);
            return;
        }

        GatewayEvent? e;
        try
        {
            e = GatewayEventParser.Parse(payload.T, payload.D);
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            // A malformed event must not take the connection down.
            LogMalformedEvent(payload.T ?? "?", ex.Message);
            return;
        }

        if (e is ReadyEvent ready)
        {
            _sessionId = ready.SessionId;
            _resumeUrl = payload.D.TryGetProperty("resume_gateway_url", out var r) ? r.GetString() : null;
            connected();
            LogReady(ready.BotUserId, ready.GuildCount, _options.ShardId, _options.ShardCount);
        }

        if (e is not null)
        {
            await _events.Writer.WriteAsync(e, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>First beat after interval × jitter, then every interval; an unacknowledged beat ends the task (zombie).</summary>
    private async Task RunHeartbeatAsync(GatewayConnection connection, HeartbeatState state, TimeSpan interval, CancellationToken cancellationToken)
    {
        await Task.Delay(interval * Random.Shared.NextDouble(), time, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            if (!state.Acknowledged)
            {
                return;
            }

            state.Acknowledged = false;
            await connection.SendAsync(GatewayOpcodes.Heartbeat, _sequence, cancellationToken).ConfigureAwait(false);
            await Task.Delay(interval, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private JsonObject IdentifyPayload() => new()
    {
        ["token"] = token.Value,
        ["intents"] = (int)GatewayIntents.Bot,
        ["properties"] = new JsonObject { ["os"] = Environment.OSVersion.Platform.ToString().ToLowerInvariant(), ["browser"] = "ChatBot", ["device"] = "ChatBot" },
        ["shard"] = new JsonArray(_options.ShardId, _options.ShardCount),
    };

    private static Uri GatewayUri(string url)
    {
        var builder = new UriBuilder(url);
        builder.Query = "v=10&encoding=json";
        return builder.Uri;
    }

    private static async Task IgnoreFailureAsync(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException or IOException or JsonException)
        {
            // The connection is over; its loose ends do not matter.
        }
    }

    private sealed class HeartbeatState
    {
        private volatile bool _acknowledged = true;

        public bool Acknowledged
        {
            get => _acknowledged;
            set => _acknowledged = value;
        }
    }

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
}

using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using ChatBot.Answers.Operations;
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
    IReadinessReporter readiness,
    ILogger<DiscordGatewayClient> logger) : IDiscordGateway
{
    private const string Readiness = "discord";

    private static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(30);
    private readonly Channel<GatewayEvent> _events = Channel.CreateUnbounded<GatewayEvent>(new UnboundedChannelOptions { SingleWriter = true });
    private readonly DiscordOptions _options = options.Value;

    // Session state survives reconnects; a resume needs all three.
    private string? _sessionId;
    private string? _resumeUrl;
    // Last sequence seen; -1 for none (0 is a valid sequence). Read by the heartbeat task, hence Volatile.
    private int _lastSequence = -1;

    private int? Sequence
    {
        get => Volatile.Read(ref _lastSequence) is var s && s >= 0 ? s : null;
        set => Volatile.Write(ref _lastSequence, value ?? -1);
    }

    public ChannelReader<GatewayEvent> Events => _events.Reader;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        readiness.Report(Readiness, false, "connecting");
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
            readiness.Report(Readiness, false, "stopped");
            _events.Writer.TryComplete();
        }
    }

    private async Task RunLoopAsync(CancellationToken cancellationToken)
    {
        var info = await GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
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
                // Called on READY and RESUMED: the session is live.
                end = await RunConnectionAsync(resume ? _resumeUrl! : gatewayUrl, resume, () =>
                {
                    failures = 0;
                    readiness.Report(Readiness, true, "connected");
                }, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WebSocketException or IOException or HttpRequestException or JsonException or InvalidOperationException
                                       && !cancellationToken.IsCancellationRequested)
            {
                failures++;
                var delay = ReconnectDelay(failures);
                readiness.Report(Readiness, false, "disconnected; reconnecting");
                LogConnectionFailed(ex.GetType().Name, ex.Message, delay.TotalMilliseconds);
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (!cancellationToken.IsCancellationRequested)
            {
                readiness.Report(Readiness, false, "disconnected; reconnecting");
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

    /// <summary>GET /gateway/bot, waiting out network failures and server errors (Discord or the network may blip at start).</summary>
    private async Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        for (var failures = 1; ; failures++)
        {
            try
            {
                return await rest.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DiscordRestException ex) when (ex.IsUnauthorized)
            {
                throw new DiscordGatewayFatalException(4004, $"Discord rejected the bot token (GET /gateway/bot answered 401). Set a valid token in the {DiscordBotToken.EnvironmentVariable} environment variable.");
            }
            catch (Exception ex) when ((ex is HttpRequestException || (ex is DiscordRestException rex && (int)rex.Status >= 500)
                                        || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested)))
            {
                var delay = ReconnectDelay(failures);
                LogConnectionFailed(ex.GetType().Name, ex.Message, delay.TotalMilliseconds);
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private TimeSpan ReconnectDelay(int failures) =>
        TimeSpan.FromMilliseconds(Math.Min(_options.ReconnectMaxDelayMs, _options.ReconnectDelayMs * Math.Pow(2, Math.Min(failures - 1, 16))));

    private void ForgetSession()
    {
        _sessionId = null;
        _resumeUrl = null;
        Sequence = null;
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
}

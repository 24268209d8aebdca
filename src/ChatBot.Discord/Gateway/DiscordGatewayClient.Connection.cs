using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Discord.Configuration;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Gateway;

/// <summary>One connection: HELLO, identify or resume, the heartbeat, and what each received payload means.</summary>
internal sealed partial class DiscordGatewayClient
{
    private async Task<SessionEnd> RunConnectionAsync(string url, bool resume, Action connected, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("User-Agent", UserAgent.Value);
        using var connection = new GatewayConnection(socket);
        await socket.ConnectAsync(GatewayUri(url), cancellationToken).ConfigureAwait(false);

        GatewayPayload? hello;
        using (var helloTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            // A server that accepts the socket but never says HELLO must not hang us forever.
            helloTimeout.CancelAfter(HelloTimeout);
            try
            {
                hello = await connection.ReceiveAsync(helloTimeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new WebSocketException(WebSocketError.Faulted, "No HELLO from the gateway within 30 s.");
            }
        }

        if (hello is null)
        {
            return GatewayCloseCodes.Classify((int?)connection.CloseStatus);
        }

        if (hello.Op != GatewayOpcodes.Hello)
        {
            throw new InvalidOperationException($"Expected HELLO (op 10) but received op {hello.Op}.");
        }

        var interval = TimeSpan.FromMilliseconds(hello.D.GetProperty("heartbeat_interval").GetDouble());
        // Not linked to the shutdown token: a cancelled receive aborts the socket, and on shutdown we still want to
        // send a close frame. The shutdown is watched separately (stopping) and ends the connection cleanly.
        using var connectionCts = new CancellationTokenSource();
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stoppingRegistration = cancellationToken.Register(() => stopping.TrySetResult());
        var heartbeat = new HeartbeatState();
        var heartbeatTask = RunHeartbeatAsync(connection, heartbeat, interval, connectionCts.Token);
        try
        {
            if (resume)
            {
                LogResuming(Sequence);
                await connection.SendAsync(GatewayOpcodes.Resume, new JsonObject
                {
                    ["token"] = token.Value,
                    ["session_id"] = _sessionId,
                    ["seq"] = Sequence,
                }, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await connection.SendAsync(GatewayOpcodes.Identify, IdentifyPayload(), cancellationToken).ConfigureAwait(false);
            }

            while (true)
            {
                var receive = connection.ReceiveAsync(connectionCts.Token);
                var first = await Task.WhenAny(receive, heartbeatTask, stopping.Task).ConfigureAwait(false);
                if (cancellationToken.IsCancellationRequested)
                {
                    // Shutting down: a close frame (1000 ends the session), no zombie warning.
                    await connection.CloseForShutdownAsync(receive).ConfigureAwait(false);
                    LogClosedForShutdown();
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (first == heartbeatTask)
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
            Sequence = s;
        }

        switch (payload.Op)
        {
            case GatewayOpcodes.Dispatch:
                await DispatchAsync(payload, connected, cancellationToken).ConfigureAwait(false);
                return null;
            case GatewayOpcodes.Heartbeat:
                await connection.SendAsync(GatewayOpcodes.Heartbeat, Sequence, cancellationToken).ConfigureAwait(false);
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
            LogResumed(Sequence);
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
            await connection.SendAsync(GatewayOpcodes.Heartbeat, Sequence, cancellationToken).ConfigureAwait(false);
            await Task.Delay(interval, time, cancellationToken).ConfigureAwait(false);
        }
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
}

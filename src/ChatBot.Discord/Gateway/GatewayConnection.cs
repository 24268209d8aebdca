using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatBot.Discord.Gateway;

/// <summary>A received gateway payload: op, data, sequence (null when absent; 0 is a valid sequence) and event name.</summary>
internal sealed record GatewayPayload(int Op, JsonElement D, int? S, string? T);

/// <summary>JSON frames over one websocket. Sends are serialized: the heartbeat and the session loop share the socket.</summary>
internal sealed class GatewayConnection(WebSocket socket) : IDisposable
{
    // Incoming dispatches (GUILD_CREATE of a large guild) can be big, but not unbounded.
    private const int MaxMessageBytes = 16 * 1024 * 1024;
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public WebSocketCloseStatus? CloseStatus => socket.CloseStatus;

    public async Task SendAsync(int op, JsonNode? d, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["op"] = op, ["d"] = d });
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>The next payload, or null when the server closed the socket.</summary>
    public async Task<GatewayPayload?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(8192);
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(8192), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > MaxMessageBytes)
            {
                throw new WebSocketException(WebSocketError.InvalidState, "Gateway message too large.");
            }

            if (result.EndOfMessage)
            {
                break;
            }
        }

        using var doc = JsonDocument.Parse(buffer.WrittenMemory);
        var root = doc.RootElement;
        return new GatewayPayload(
            root.GetProperty("op").GetInt32(),
            root.TryGetProperty("d", out var d) ? d.Clone() : default,
            root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : null,
            root.TryGetProperty("t", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null);
    }

    /// <summary>Closes with a non-1000 code so that Discord keeps the session resumable.</summary>
    public async Task CloseForResumeAsync()
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)4900, "resuming", timeout.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The socket is being replaced anyway.
            }
        }

        socket.Abort();
    }

    /// <summary>
    /// Shutdown: a 1000 close frame (Discord ends the session and shows the bot offline), then up to a second for the
    /// server's close frame on the pending <paramref name="receive"/> before the socket is dropped.
    /// </summary>
    public async Task CloseForShutdownAsync(Task receive)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            try
            {
                await _sendLock.WaitAsync(timeout.Token).ConfigureAwait(false);
                try
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "shutting down", timeout.Token).ConfigureAwait(false);
                }
                finally
                {
                    _sendLock.Release();
                }

                await receive.WaitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException or JsonException or TimeoutException)
            {
                // The server did not answer in time; the socket is dropped below.
            }
        }

        socket.Abort();
    }

    public void Dispose()
    {
        socket.Dispose();
        _sendLock.Dispose();
    }
}

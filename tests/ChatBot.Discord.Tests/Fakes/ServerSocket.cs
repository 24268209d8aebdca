using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace ChatBot.Discord.Tests.Fakes;

/// <summary>The fake's side of one gateway websocket.</summary>
internal sealed class ServerSocket(WebSocket socket, int number)
{
    public int Number { get; } = number;
    public bool Live { get; set; }
    public string? LastClientCloseDescription => socket.CloseStatusDescription;
    public WebSocketCloseStatus? ClientCloseStatus => socket.CloseStatus;

    public async Task SendAsync(string json)
    {
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or IOException or OperationCanceledException)
        {
            // The client went away; events stay in the session log for a resume.
        }
    }

    public async Task<JsonElement?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(4096), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Advance(result.Count);
            if (result.EndOfMessage)
            {
                return JsonDocument.Parse(buffer.WrittenMemory).RootElement.Clone();
            }
        }
    }

    public async Task CloseAsync(int code, string reason)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            // Already gone.
        }
    }

    /// <summary>A dropped connection: no close frame, the TCP connection just ends.</summary>
    public void Abort() => socket.Abort();
}

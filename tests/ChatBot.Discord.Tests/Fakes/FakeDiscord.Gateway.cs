using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Discord.Tests.Fakes;

public sealed partial class FakeDiscord
{
    // One lock for session state and every send, so replay, live dispatch and ACKs never interleave.
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly List<(int Seq, string Type, JsonNode Data)> _log = [];
    private ServerSocket? _current;
    private string? _sessionId;
    private int _nextSequence;
    private int _connectionCount;

    public int HeartbeatIntervalMs { get; set; } = 200;

    /// <summary>Discord starts at 1; 0 is the edge case a client must not mistake for "no sequence".</summary>
    public int FirstSequence { get; set; }

    /// <summary>Whether heartbeats on connection n get an ACK (a zombie connection gets none).</summary>
    public Func<int, bool> AckHeartbeatsOn { get; set; } = _ => true;

    /// <summary>Close code sent in reply to IDENTIFY instead of READY (4014 etc.).</summary>
    public int? CloseOnIdentify { get; set; }

    public int IdentifyCount => Received.Count(f => f.Op == 2);

    /// <summary>Close frames the client sent: connection number and close code.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<(int Connection, int Code)> ClientCloses { get; } = new();
    public IReadOnlyList<GatewayFrame> Resumes => [.. Received.Where(f => f.Op == 6)];

    /// <summary>Sends an event now, or keeps it for the RESUME replay when no client is connected.</summary>
    public async Task DispatchAsync(string type, JsonNode data)
    {
        await _gate.WaitAsync();
        try
        {
            var seq = _nextSequence++;
            _log.Add((seq, type, data));
            if (_current is { Live: true } current)
            {
                await current.SendAsync(Frame(0, data.DeepClone(), seq, type));
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Drops the connection without a close frame (network failure).</summary>
    public Task DropConnectionAsync() => WithCurrentAsync(c =>
    {
        c.Abort();
        _current = null;
        return Task.CompletedTask;
    });

    public Task SendOpAsync(int op, JsonNode? d) => WithCurrentAsync(c => c.SendAsync(Frame(op, d, null, null)));

    public Task CloseAsync(int code) => WithCurrentAsync(c => c.CloseAsync(code, "closed by test"));

    private async Task WithCurrentAsync(Func<ServerSocket, Task> action)
    {
        await _gate.WaitAsync();
        try
        {
            if (_current is { } c)
            {
                await action(c);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task GatewayAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        var number = Interlocked.Increment(ref _connectionCount);
        Connections.Enqueue(new GatewayConnectionInfo(number, context.Request.Path, context.Request.QueryString.Value ?? "", context.Request.Headers.UserAgent.ToString()));
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new ServerSocket(socket, number);
        await _gate.WaitAsync();
        try
        {
            _current = connection;
            await connection.SendAsync(Frame(10, new JsonObject { ["heartbeat_interval"] = HeartbeatIntervalMs }, null, null));
        }
        finally
        {
            _gate.Release();
        }

        try
        {
            while (await connection.ReceiveAsync(context.RequestAborted) is { } frame)
            {
                var op = frame.GetProperty("op").GetInt32();
                var d = frame.TryGetProperty("d", out var dv) ? dv : default;
                Received.Enqueue(new GatewayFrame(number, op, d));
                await OnClientFrameAsync(connection, op, d);
            }

            // The client closed: record its code and answer with ours, as a server does.
            if (connection.ClientCloseStatus is { } status)
            {
                ClientCloses.Enqueue((number, (int)status));
                await connection.CloseAsync((int)status, "bye");
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            // Client dropped or the test aborted us.
        }
    }

    private async Task OnClientFrameAsync(ServerSocket connection, int op, JsonElement d)
    {
        await _gate.WaitAsync();
        try
        {
            switch (op)
            {
                case 1 when AckHeartbeatsOn(connection.Number):
                    await connection.SendAsync(Frame(11, null, null, null));
                    break;
                case 2:
                    await IdentifyAsync(connection, d);
                    break;
                case 6:
                    await ResumeAsync(connection, d);
                    break;
                default:
                    break;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task IdentifyAsync(ServerSocket connection, JsonElement d)
    {
        if (d.GetProperty("token").GetString() != Token)
        {
            await connection.CloseAsync(4004, "Authentication failed.");
            return;
        }

        if (CloseOnIdentify is { } code)
        {
            await connection.CloseAsync(code, "refused by test");
            return;
        }

        _sessionId = Guid.NewGuid().ToString("N");
        _log.Clear();
        _nextSequence = FirstSequence;
        var seq = _nextSequence++;
        var ready = new JsonObject
        {
            ["v"] = 10,
            ["user"] = new JsonObject { ["id"] = BotUserId, ["username"] = "ChatBot", ["discriminator"] = "0", ["bot"] = true },
            ["guilds"] = new JsonArray(new JsonObject { ["id"] = GuildId, ["unavailable"] = true }),
            ["session_id"] = _sessionId,
            ["resume_gateway_url"] = ResumeUrl,
            ["shard"] = d.TryGetProperty("shard", out var shard) ? JsonNode.Parse(shard.GetRawText()) : null,
            ["application"] = new JsonObject { ["id"] = ApplicationId, ["flags"] = 0 },
        };
        _log.Add((seq, "READY", ready));
        connection.Live = true;
        await connection.SendAsync(Frame(0, ready.DeepClone(), seq, "READY"));
    }

    private async Task ResumeAsync(ServerSocket connection, JsonElement d)
    {
        var session = d.GetProperty("session_id").GetString();
        if (d.GetProperty("token").GetString() != Token || session != _sessionId)
        {
            await connection.SendAsync(Frame(9, false, null, null));
            return;
        }

        int? last = d.GetProperty("seq").ValueKind == JsonValueKind.Number ? d.GetProperty("seq").GetInt32() : null;
        foreach (var (seq, type, data) in _log.Where(e => last is null || e.Seq > last).ToList())
        {
            await connection.SendAsync(Frame(0, data.DeepClone(), seq, type));
        }

        connection.Live = true;
        await connection.SendAsync(Frame(0, new JsonObject(), _nextSequence++, "RESUMED"));
    }

    private static string Frame(int op, JsonNode? d, int? s, string? t) =>
        new JsonObject { ["op"] = op, ["d"] = d, ["s"] = s, ["t"] = t }.ToJsonString();
}

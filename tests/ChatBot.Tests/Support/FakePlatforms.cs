using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;

namespace ChatBot.Tests.Support;

/// <summary>
/// Just enough of the Telegram Bot API and of Discord on 127.0.0.1 to refuse a bot token the way each platform does:
/// Telegram answers every method with 401; Discord accepts the REST calls, says HELLO on the gateway and closes with 4004
/// when the bot identifies. HttpListener, not Kestrel: this project must not pull in the ASP.NET shared framework,
/// or the ChatBot.dll copied beside the tests loses its Microsoft.Extensions assemblies.
/// </summary>
internal sealed class FakePlatforms : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly TcpListener _telegram = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;
    private int _closes;

    public string BaseUrl { get; private set; } = "";
    public string TelegramBaseUrl => $"http://127.0.0.1:{((IPEndPoint)_telegram.LocalEndpoint).Port}";
    public string DiscordApiBaseUrl => BaseUrl + "/discord/api/v10";
    public int DiscordCloseCodesSent => Volatile.Read(ref _closes);

    public static FakePlatforms Start()
    {
        var fake = new FakePlatforms();
        var port = FreePort();
        fake.BaseUrl = $"http://127.0.0.1:{port}";
        fake._listener.Prefixes.Add(fake.BaseUrl + "/");
        fake._listener.Start();
        fake._telegram.Start();
        fake._loop = Task.WhenAll(fake.LoopAsync(), fake.TelegramLoopAsync());
        return fake;
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    /// <summary>
    /// Telegram over a bare socket: through HttpListener, Telegram.Bot could not read the 401's JSON body ("Required
    /// properties not found in response") and kept retrying; the Bot API's 401 body is what it needs to stop.
    /// </summary>
    private async Task TelegramLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _telegram.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(async () =>
            {
                using (client)
                {
                    var stream = client.GetStream();
                    var buffer = new byte[64 * 1024];
                    var request = new StringBuilder();
                    while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
                    {
                        var read = await stream.ReadAsync(buffer);
                        if (read == 0) return;
                        request.Append(Encoding.ASCII.GetString(buffer, 0, read));
                    }

                    var body = """{"ok":false,"error_code":401,"description":"Unauthorized"}""";
                    var response = $"HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n{body}";
                    await stream.WriteAsync(Encoding.ASCII.GetBytes(response));
                }
            });
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        if (path == "/discord/api/v10/gateway/bot")
        {
            var gateway = BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/discord/gateway";
            await JsonAsync(context, 200, $$$"""{"url":"{{{gateway}}}","shards":1,"session_start_limit":{"total":1000,"remaining":999,"reset_after":1000,"max_concurrency":1}}""");
        }
        else if (path.StartsWith("/discord/api/v10/applications/", StringComparison.Ordinal))
        {
            await JsonAsync(context, 200, "[]");
        }
        else if (path == "/discord/gateway" && context.Request.IsWebSocketRequest)
        {
            await GatewayAsync(context);
        }
        else
        {
            await JsonAsync(context, 404, """{"message":"404: Not Found","code":0}""");
        }
    }

    private async Task GatewayAsync(HttpListenerContext context)
    {
        var accepted = await context.AcceptWebSocketAsync(null);
        using var socket = accepted.WebSocket;
        await socket.SendAsync(Encoding.UTF8.GetBytes("""{"op":10,"d":{"heartbeat_interval":45000},"s":null,"t":null}"""), WebSocketMessageType.Text, true, _stop.Token);
        var buffer = new byte[64 * 1024];
        var received = await socket.ReceiveAsync(buffer, _stop.Token); // IDENTIFY
        if (received.MessageType == WebSocketMessageType.Text)
        {
            Interlocked.Increment(ref _closes);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await socket.CloseAsync((WebSocketCloseStatus)4004, "Authentication failed.", timeout.Token);
        }
    }

    private static async Task JsonAsync(HttpListenerContext context, int status, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        _listener.Close();
        _telegram.Stop();
        await _loop;
        _stop.Dispose();
    }
}

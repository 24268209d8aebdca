using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Tests.Fakes;

/// <summary>
/// An in-process Discord on 127.0.0.1: the v10 gateway (HELLO, IDENTIFY/READY, RESUME with replay, heartbeat ACKs,
/// op 7/9, close codes) and the REST routes the bot uses. Every REST request is checked against Discord's OpenAPI
/// spec and recorded; tests steer failures through the properties and control methods.
/// </summary>
public sealed partial class FakeDiscord : IAsyncDisposable
{
    public const string Token = "MTAw.fake-bot-token.secret-part-XYZ";
    public const string BotUserId = "900000000000000001";
    public const string ApplicationId = "900000000000000002";
    public const string GuildId = "900000000000000003";
    public const string ChannelId = "900000000000000004";

    private readonly WebApplication _app;

    private FakeDiscord(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";
    public string ApiBaseUrl => BaseUrl + "/api/v10";
    public string GatewayUrl => BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/gateway";
    public string ResumeUrl => BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/resume";

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();
    public ConcurrentQueue<GatewayFrame> Received { get; } = new();
    public ConcurrentQueue<GatewayConnectionInfo> Connections { get; } = new();

    public static async Task<FakeDiscord> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeDiscord(app);
        app.UseWebSockets();
        app.Map("/gateway", context => fake.GatewayAsync(context));
        app.Map("/resume", context => fake.GatewayAsync(context));
        app.Map("/api/v10/{**rest}", context => fake.RestAsync(context));
        await app.StartAsync();
        fake.BaseUrl = app.Urls.First().TrimEnd('/');
        return fake;
    }

    public IReadOnlyList<RecordedRequest> RequestsTo(string method, string pathContains) =>
        [.. Requests.Where(r => r.Method == method && r.Path.Contains(pathContains, StringComparison.Ordinal))];

    public IReadOnlyList<string> SpecProblems => [.. Requests.SelectMany(r => r.Problems.Select(p => $"{r.Method} {r.Path}: {p}"))];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Llm.Tests.Fakes;

/// <summary>A scripted reply: HTTP status, assistant content, and how long to wait before answering.</summary>
public sealed record ScriptedReply(int Status, string? Content, TimeSpan Delay = default)
{
    public static ScriptedReply Json(string content) => new(200, content);
}

/// <summary>
/// An OpenAI-compatible chat server on 127.0.0.1 (real Kestrel, real HTTP): POST /v1/chat/completions answers with
/// whatever the test's script returns for the request body, in OpenAI's response shape.
/// </summary>
public sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Func<ChatRequest, ScriptedReply> _script;
    private readonly Func<string, float[]?>? _embed;

    private FakeOpenAiServer(WebApplication app, Func<ChatRequest, ScriptedReply> script, Func<string, float[]?>? embed)
    {
        _app = app;
        _script = script;
        _embed = embed;
    }

    /// <summary>Every text sent to /v1/embeddings, in order.</summary>
    public ConcurrentQueue<string> EmbeddedTexts { get; } = new();

    public ConcurrentQueue<ChatRequest> Requests { get; } = new();

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>
    /// Starts the server. <paramref name="embed"/> answers /v1/embeddings per input text; a null vector makes the
    /// whole request fail with 500.
    /// </summary>
    public static async Task<FakeOpenAiServer> StartAsync(Func<ChatRequest, ScriptedReply> script, Func<string, float[]?>? embed = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeOpenAiServer(app, script, embed);
        app.MapPost("/v1/chat/completions", server.HandleAsync);
        app.MapPost("/v1/embeddings", server.EmbedAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Endpoint = new Uri($"{address}/v1");
        return server;
    }

    /// <summary>Always answers with the same assistant content.</summary>
    public static Task<FakeOpenAiServer> StartAsync(string content) => StartAsync(_ => ScriptedReply.Json(content));

    private async Task HandleAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var request = ChatRequest.From(body.RootElement) with { Authorization = context.Request.Headers.Authorization.ToString() };
        Requests.Enqueue(request);
        var reply = _script(request);
        if (reply.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(reply.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = reply.Status;
        if (reply.Status != 200)
        {
            await context.Response.WriteAsJsonAsync(new { error = new { message = "scripted failure", type = "server_error", code = reply.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) } });
            return;
        }

        await context.Response.WriteAsJsonAsync(new
        {
            id = "chatcmpl-fake",
            @object = "chat.completion",
            created = 1_700_000_000,
            model = request.Model,
            choices = new[] { new { index = 0, finish_reason = "stop", message = new { role = "assistant", content = reply.Content } } },
            usage = new { prompt_tokens = 100, completion_tokens = 50, total_tokens = 150 },
        });
    }

    private async Task EmbedAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var input = body.RootElement.GetProperty("input");
        IReadOnlyList<string> texts = input.ValueKind == JsonValueKind.String ? [input.GetString()!] : [.. input.EnumerateArray().Select(e => e.GetString()!)];
        var base64 = body.RootElement.TryGetProperty("encoding_format", out var f) && f.GetString() == "base64";
        foreach (var text in texts)
        {
            EmbeddedTexts.Enqueue(text);
        }

        var vectors = texts.Select(t => _embed?.Invoke(t)).ToList();
        if (vectors.Any(v => v is null))
        {
            context.Response.StatusCode = 500;
            await context.Response.WriteAsJsonAsync(new { error = new { message = "scripted failure", type = "server_error" } });
            return;
        }

        await context.Response.WriteAsJsonAsync(new
        {
            @object = "list",
            model = "fake-embedding",
            data = vectors.Select((v, i) => new
            {
                @object = "embedding",
                index = i,
                embedding = base64 ? (object)Convert.ToBase64String(System.Runtime.InteropServices.MemoryMarshal.AsBytes(v!.AsSpan())) : v!,
            }),
            usage = new { prompt_tokens = 1, total_tokens = 1 },
        });
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }
}

/// <summary>What the connector sent: model, messages (role, content) and whether JSON output was requested.</summary>
public sealed record ChatRequest(string Model, IReadOnlyList<(string Role, string Content)> Messages, string? ResponseFormat, string? Authorization)
{
    public string System => string.Join("\n", Messages.Where(m => m.Role == "system").Select(m => m.Content));
    public string User => string.Join("\n", Messages.Where(m => m.Role == "user").Select(m => m.Content));
    public bool IsQueryRewrite => User.Contains("New question:", StringComparison.Ordinal) || User.Contains("Nieuwe vraag:", StringComparison.Ordinal);

    public static ChatRequest From(JsonElement body) => new(
        body.GetProperty("model").GetString()!,
        [.. body.GetProperty("messages").EnumerateArray().Select(m => (m.GetProperty("role").GetString()!, ContentOf(m.GetProperty("content"))))],
        body.TryGetProperty("response_format", out var f) && f.TryGetProperty("type", out var t) ? t.GetString() : null,
        null);

    // Content is a string, or an array of parts with "text".
    private static string ContentOf(JsonElement content) => content.ValueKind == JsonValueKind.String
        ? content.GetString()!
        : string.Concat(content.EnumerateArray().Select(p => p.TryGetProperty("text", out var t) ? t.GetString() : ""));
}

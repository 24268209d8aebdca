using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Telegram.Tests.FakeBotApi;

/// <summary>
/// A Bot API server on 127.0.0.1 (real Kestrel, real sockets) that keeps chats, messages, members and pins and speaks
/// the wire format: POST /bot{token}/{method}, {ok,result} or {ok:false,error_code,description,parameters}, dates in
/// seconds, long polling with offset and timeout. Methods and fields outside the Bot API spec are rejected.
/// </summary>
internal sealed partial class FakeBotApiServer : IAsyncDisposable
{
    public const string Token = "7000001:AAF4ke-T0ken_for_tests_only_0123456789";
    private static readonly Lazy<BotApiSpec> SharedSpec = new(BotApiSpec.Load);

    private readonly WebApplication _app;
    private readonly Lock _lock = new();
    private readonly ConcurrentQueue<FakeCall> _calls = new();
    private readonly List<FakeFailure> _failures = [];
    private readonly List<(string Method, TaskCompletionSource Release)> _holds = [];

    private FakeBotApiServer(WebApplication app)
    {
        _app = app;
    }

    public FakeUser Bot { get; } = new(7000001, "ChatBot", "ChatBotTestBot", null, IsBot: true);

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Every call made, in order (including rejected ones).</summary>
    public IReadOnlyList<FakeCall> Calls => [.. _calls];

    public static async Task<FakeBotApiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeBotApiServer(app);
        app.Map("/bot{token}/{method}", server.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address);
        return server;
    }

    /// <summary>
    /// The next call of <paramref name="method"/> is carried out (a sendMessage is delivered) but its response is held
    /// back until the returned source is completed, as on a slow network.
    /// </summary>
    public TaskCompletionSource HoldNextResponse(string method)
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            _holds.Add((method, release));
        }

        return release;
    }

    /// <summary>getUpdates answers at once, ignoring its timeout (as some proxies and emulators do).</summary>
    public bool IgnoreLongPollTimeout { get; set; }

    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> fail with this error.</summary>
    public void FailNext(string method, int errorCode, string description, int? retryAfter = null, int times = 1)
    {
        lock (_lock)
        {
            for (var i = 0; i < times; i++)
            {
                _failures.Add(new FakeFailure(method, errorCode, description, retryAfter));
            }
        }
    }

    private async Task HandleAsync(HttpContext context, string token, string method)
    {
        JsonObject parameters;
        try
        {
            parameters = await ReadParametersAsync(context.Request).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            await WriteErrorAsync(context, method, [], 400, "Bad Request: can't parse JSON body").ConfigureAwait(false);
            return;
        }

        if (token != Token)
        {
            await WriteErrorAsync(context, method, parameters, 401, "Unauthorized").ConfigureAwait(false);
            return;
        }

        if (!SharedSpec.Value.HasMethod(method))
        {
            await WriteErrorAsync(context, method, parameters, 404, "Not Found").ConfigureAwait(false);
            return;
        }

        if (SharedSpec.Value.Validate(method, parameters) is { } invalid)
        {
            await WriteErrorAsync(context, method, parameters, 400, invalid).ConfigureAwait(false);
            return;
        }

        FakeFailure? failure;
        lock (_lock)
        {
            failure = _failures.FirstOrDefault(f => string.Equals(f.Method, method, StringComparison.OrdinalIgnoreCase));
            if (failure is not null)
            {
                _failures.Remove(failure);
            }
        }

        if (failure is not null)
        {
            await WriteErrorAsync(context, method, parameters, failure.ErrorCode, failure.Description, failure.RetryAfter).ConfigureAwait(false);
            return;
        }

        JsonNode? result;
        string? error;
        try
        {
            (result, error) = await ExecuteAsync(method, parameters, context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        if (error is not null)
        {
            await WriteErrorAsync(context, method, parameters, error.StartsWith("Not Found", StringComparison.Ordinal) ? 404 : 400, error).ConfigureAwait(false);
            return;
        }

        _calls.Enqueue(new FakeCall(method, parameters, 200));
        TaskCompletionSource? hold;
        lock (_lock)
        {
            hold = _holds.FirstOrDefault(h => string.Equals(h.Method, method, StringComparison.OrdinalIgnoreCase)).Release;
            _holds.RemoveAll(h => h.Release == hold);
        }

        if (hold is not null)
        {
            await hold.Task.ConfigureAwait(false);
        }

        await WriteAsync(context, 200, new JsonObject { ["ok"] = true, ["result"] = result }).ConfigureAwait(false);
    }

    private async Task WriteErrorAsync(HttpContext context, string method, JsonObject parameters, int code, string description, int? retryAfter = null)
    {
        _calls.Enqueue(new FakeCall(method, parameters, code));
        var body = new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description };
        if (retryAfter is { } seconds)
        {
            body["parameters"] = new JsonObject { ["retry_after"] = seconds };
        }

        await WriteAsync(context, code, body).ConfigureAwait(false);
    }

    private static async Task WriteAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString()).ConfigureAwait(false);
    }

    /// <summary>JSON body, form fields (values that look like JSON are parsed) and the query string, as Telegram accepts.</summary>
    private static async Task<JsonObject> ReadParametersAsync(HttpRequest request)
    {
        var parameters = new JsonObject();
        foreach (var (key, value) in request.Query)
        {
            parameters[key] = FormValue(value.ToString());
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync().ConfigureAwait(false);
            foreach (var (key, value) in form)
            {
                parameters[key] = FormValue(value.ToString());
            }
        }
        else if (request.ContentLength is null or > 0)
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync().ConfigureAwait(false);
            if (!string.IsNullOrWhiteSpace(body) && JsonNode.Parse(body) is JsonObject json)
            {
                foreach (var (key, value) in json.ToList())
                {
                    json.Remove(key);
                    parameters[key] = value;
                }
            }
        }

        return parameters;
    }

    private static JsonNode? FormValue(string value)
    {
        if (value.StartsWith('{') || value.StartsWith('['))
        {
            try
            {
                return JsonNode.Parse(value);
            }
            catch (JsonException)
            {
            }
        }

        return JsonValue.Create(value);
    }

    public async ValueTask DisposeAsync()
    {
        lock (_lock)
        {
            foreach (var (_, release) in _holds) release.TrySetResult();
        }

        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}

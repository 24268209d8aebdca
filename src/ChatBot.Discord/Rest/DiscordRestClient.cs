using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ChatBot.Discord.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Rest;

/// <summary>Discord REST v10 over HttpClient with bot auth, a User-Agent and rate limits that are waited out.</summary>
internal sealed partial class DiscordRestClient : IDiscordRest
{
    public const string HttpClientName = "discord";

    // A 429 is waited out and retried; this bounds a server that keeps refusing.
    private const int MaxAttempts = 6;

    private readonly HttpClient _http;
    private readonly DiscordBotToken _token;
    private readonly RestRateLimiter _limiter;
    private readonly TimeProvider _time;
    private readonly ILogger<DiscordRestClient> _logger;

    /// <param name="http">From IHttpClientFactory ("discord": transient-failure retries via Http.Resilience); base address and User-Agent are set here.</param>
    public DiscordRestClient(HttpClient http, IOptions<DiscordOptions> options, DiscordBotToken token, TimeProvider time, ILogger<DiscordRestClient> logger)
    {
        _http = http;
        _http.BaseAddress = new Uri(options.Value.ApiBaseUrl.TrimEnd('/') + "/");
        _http.Timeout = TimeSpan.FromSeconds(30);
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent.Value);
        _token = token;
        _time = time;
        _limiter = new RestRateLimiter(time);
        _logger = logger;
    }

    public async Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        var json = await SendAsync(DiscordRoute.GatewayBot(), null, cancellationToken).ConfigureAwait(false);
        var limit = json.GetProperty("session_start_limit");
        return new GatewayBotInfo(
            json.GetProperty("url").GetString() ?? throw new DiscordRestException("GET /gateway/bot returned no url."),
            json.TryGetProperty("shards", out var shards) ? shards.GetInt32() : 1,
            new SessionStartLimit(
                limit.GetProperty("total").GetInt32(),
                limit.GetProperty("remaining").GetInt32(),
                TimeSpan.FromMilliseconds(limit.GetProperty("reset_after").GetDouble()),
                limit.TryGetProperty("max_concurrency", out var mc) ? Math.Max(1, mc.GetInt32()) : 1));
    }

    public async Task<string> CreateMessageAsync(string channelId, MessageDraft message, CancellationToken cancellationToken)
    {
        var json = await SendAsync(DiscordRoute.CreateMessage(channelId), WirePayloads.Message(message, allowReference: true), cancellationToken).ConfigureAwait(false);
        return json.GetProperty("id").GetString() ?? "";
    }

    public Task CreateInteractionResponseAsync(string interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken)
    {
        return SendAsync(DiscordRoute.InteractionCallback(interactionId, interactionToken), WirePayloads.InteractionResponse(response), cancellationToken);
    }

    public Task EditOriginalResponseAsync(string applicationId, string interactionToken, MessageDraft message, CancellationToken cancellationToken) =>
        SendAsync(DiscordRoute.EditOriginal(applicationId, interactionToken), WirePayloads.Message(message, allowReference: false), cancellationToken);

    public async Task<string> CreateFollowupMessageAsync(string applicationId, string interactionToken, MessageDraft message, CancellationToken cancellationToken)
    {
        var json = await SendAsync(DiscordRoute.Followup(applicationId, interactionToken), WirePayloads.Message(message, allowReference: false), cancellationToken).ConfigureAwait(false);
        return json.ValueKind == JsonValueKind.Object && json.TryGetProperty("id", out var id) ? id.GetString() ?? "" : "";
    }

    public Task PinMessageAsync(string channelId, string messageId, CancellationToken cancellationToken) =>
        SendAsync(DiscordRoute.PinMessage(channelId, messageId), null, cancellationToken);

    public Task BulkOverwriteCommandsAsync(string applicationId, string? guildId, IReadOnlyList<SlashCommand> commands, CancellationToken cancellationToken) =>
        SendAsync(DiscordRoute.BulkOverwriteCommands(applicationId, guildId), commands.Select(WirePayloads.Command).ToList(), cancellationToken);

    private async Task<JsonElement> SendAsync(DiscordRoute route, object? body, CancellationToken cancellationToken)
    {
        using var _ = await _limiter.EnterAsync(route, cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            var delay = _limiter.DelayBefore(route);
            if (delay > TimeSpan.Zero)
            {
                LogWaiting(route.ToString(), delay.TotalMilliseconds);
                await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
            }

            using var request = new HttpRequestMessage(route.Method, route.Path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", _token.Value);
            if (body is not null)
            {
                request.Content = JsonContent.Create(body, body.GetType(), options: WirePayloads.Json);
            }

            using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            _limiter.Update(route, response);
            var json = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);

            if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < MaxAttempts)
            {
                var retryAfter = RetryAfter(response, json);
                var global = RestRateLimiter.Header(response, "X-RateLimit-Global") is "true" or "True"
                             || (json.ValueKind == JsonValueKind.Object && json.TryGetProperty("global", out var g) && g.ValueKind == JsonValueKind.True);
                LogRateLimited(route.ToString(), retryAfter.TotalMilliseconds, global, RestRateLimiter.Header(response, "X-RateLimit-Scope") ?? "user");
                _limiter.OnTooManyRequests(route, retryAfter, global);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                int? code = json.ValueKind == JsonValueKind.Object && json.TryGetProperty("code", out var c) && c.TryGetInt32(out var ci) ? ci : null;
                string? message = json.ValueKind == JsonValueKind.Object && json.TryGetProperty("message", out var m) ? m.GetString() : null;
                throw new DiscordRestException(response.StatusCode, route.ToString(), code, message, DiscordErrorPaths.From(json));
            }

            return json;
        }
    }

    private static TimeSpan RetryAfter(HttpResponseMessage response, JsonElement json)
    {
        if (json.ValueKind == JsonValueKind.Object && json.TryGetProperty("retry_after", out var r) && r.TryGetDouble(out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(Math.Min(seconds, 600));
        }

        return RestRateLimiter.Seconds(RestRateLimiter.Header(response, "Retry-After")) ?? TimeSpan.FromSeconds(1);
    }

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0)
        {
            return default;
        }

        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (bytes.Length == 0)
            {
                return default;
            }

            using var doc = JsonDocument.Parse(bytes);
            return doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            return default;
        }
    }

    [LoggerMessage(EventId = 4201, Level = LogLevel.Debug, Message = "Waiting {DelayMs} ms for the rate limit of {Route}")]
    private partial void LogWaiting(string route, double delayMs);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Warning, Message = "Rate limited on {Route}: retrying after {RetryAfterMs} ms (global {Global}, scope {Scope})")]
    private partial void LogRateLimited(string route, double retryAfterMs, bool global, string scope);
}

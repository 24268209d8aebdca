using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatBot.Discord.Tests.Specs;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Discord.Tests.Fakes;

public sealed partial class FakeDiscord
{
    private long _nextMessageId = 950_000_000_000_000_000;
    private int _messageRateLimits;

    /// <summary>The next n POSTs to a channel's messages get a 429 with <see cref="RetryAfterSeconds"/>.</summary>
    public int MessageRateLimitsToSend
    {
        get => Volatile.Read(ref _messageRateLimits);
        set => Volatile.Write(ref _messageRateLimits, value);
    }

    public double RetryAfterSeconds { get; set; } = 0.3;

    /// <summary>session_start_limit.remaining and reset_after (ms) from GET /gateway/bot.</summary>
    public int SessionStartRemaining { get; set; } = 999;
    public int SessionStartResetAfterMs { get; set; } = 14_400_000;

    /// <summary>The next n requests other than GET /gateway/bot answer 502 Bad Gateway.</summary>
    public int ServerErrorsToSend { get; set; }

    /// <summary>The next n GET /gateway/bot answer 502 Bad Gateway.</summary>
    public int GatewayBotFailuresToSend { get; set; }

    /// <summary>The next n command registrations answer 400 with Discord's errors object (a field Discord rejects).</summary>
    public int CommandRejectionsToSend { get; set; }

    /// <summary>Interaction callbacks answer 404 "Unknown interaction" (10062), as when the 3 s have passed.</summary>
    public bool RefuseInteractionCallbacks { get; set; }

    /// <summary>Edits of an interaction's response answer 404 "Unknown Webhook" (10015), as when its token expired.</summary>
    public bool RefuseResponseEdits { get; set; }

    /// <summary>Channel messages answer 403 "Missing Access" (50001): the bot may not post there.</summary>
    public bool RefuseChannelMessages { get; set; }

    /// <summary>X-RateLimit-Remaining / Reset-After sent with a successful message.</summary>
    public int BucketRemaining { get; set; } = 4;
    public double BucketResetAfterSeconds { get; set; } = 1.0;

    private async Task RestAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value!["/api/v10".Length..];
        JsonElement? body = null;
        using (var reader = new StreamReader(request.Body))
        {
            var text = await reader.ReadToEndAsync();
            if (text.Length > 0)
            {
                body = JsonDocument.Parse(text).RootElement.Clone();
            }
        }

        var problems = OpenApiRequestChecker.Discord.Check(request.Method, path, body);
        Requests.Enqueue(new RecordedRequest(request.Method, path, request.Headers.Authorization.ToString(), request.Headers.UserAgent.ToString(), body, problems, DateTimeOffset.UtcNow));

        if (request.Headers.Authorization.ToString() != $"Bot {Token}")
        {
            await JsonAsync(context, 401, new JsonObject { ["message"] = "401: Unauthorized", ["code"] = 0 });
            return;
        }

        var route = $"{request.Method} {path}";
        if (route != "GET /gateway/bot" && ServerErrorsToSend > 0)
        {
            ServerErrorsToSend--;
            await JsonAsync(context, 502, new JsonObject { ["message"] = "Bad Gateway", ["code"] = 0 });
        }
        else if (route == "GET /gateway/bot" && GatewayBotFailuresToSend > 0)
        {
            GatewayBotFailuresToSend--;
            await JsonAsync(context, 502, new JsonObject { ["message"] = "Bad Gateway", ["code"] = 0 });
        }
        else if (route == "GET /gateway/bot")
        {
            await JsonAsync(context, 200, new JsonObject
            {
                ["url"] = GatewayUrl,
                ["shards"] = 1,
                ["session_start_limit"] = new JsonObject { ["total"] = 1000, ["remaining"] = SessionStartRemaining, ["reset_after"] = SessionStartResetAfterMs, ["max_concurrency"] = 1 },
            });
        }
        else if (Regex.IsMatch(route, @"^POST /channels/\d+/messages$") && RefuseChannelMessages)
        {
            await JsonAsync(context, 403, new JsonObject { ["message"] = "Missing Access", ["code"] = 50001 });
        }
        else if (Regex.IsMatch(route, @"^PUT /applications/\d+(/guilds/\d+)?/commands$") && CommandRejectionsToSend > 0)
        {
            CommandRejectionsToSend--;
            await JsonAsync(context, 400, JsonNode.Parse("""
                {"code": 50035, "message": "Invalid Form Body", "errors": {"0": {"options": {"0": {"name_localizations": {"_errors": [
                  {"code": "additionalProperty", "message": "Additional property nl is not allowed"}]}}}}}}
                """));
        }
        else if (Regex.IsMatch(route, @"^POST /interactions/\d+/[^/]+/callback$") && RefuseInteractionCallbacks)
        {
            await JsonAsync(context, 404, new JsonObject { ["message"] = "Unknown interaction", ["code"] = 10062 });
        }
        else if (Regex.IsMatch(route, @"^PATCH /webhooks/\d+/[^/]+/messages/@original$") && RefuseResponseEdits)
        {
            await JsonAsync(context, 404, new JsonObject { ["message"] = "Unknown Webhook", ["code"] = 10015 });
        }
        else if (Regex.IsMatch(route, @"^POST /channels/\d+/messages$"))
        {
            await CreateMessageAsync(context, path, body);
        }
        else if (Regex.IsMatch(route, @"^PUT /applications/\d+(/guilds/\d+)?/commands$"))
        {
            await JsonAsync(context, 200, body is { } b ? JsonNode.Parse(b.GetRawText()) : new JsonArray());
        }
        else if (Regex.IsMatch(route, @"^POST /interactions/\d+/[^/]+/callback$") || Regex.IsMatch(route, @"^PUT /channels/\d+/messages/pins/\d+$"))
        {
            context.Response.StatusCode = 204;
        }
        else if (Regex.IsMatch(route, @"^(PATCH /webhooks/\d+/[^/]+/messages/@original|POST /webhooks/\d+/[^/]+)$"))
        {
            await JsonAsync(context, 200, new JsonObject { ["id"] = NextId(), ["channel_id"] = ChannelId });
        }
        else
        {
            await JsonAsync(context, 404, new JsonObject { ["message"] = "404: Not Found", ["code"] = 0 });
        }
    }

    private async Task CreateMessageAsync(HttpContext context, string path, JsonElement? body)
    {
        var headers = context.Response.Headers;
        headers["X-RateLimit-Bucket"] = "fake-messages-bucket";
        headers["X-RateLimit-Limit"] = "5";
        if (Interlocked.Decrement(ref _messageRateLimits) >= 0)
        {
            headers["X-RateLimit-Remaining"] = "0";
            headers["X-RateLimit-Reset-After"] = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Scope"] = "user";
            headers["Retry-After"] = "1";
            await JsonAsync(context, 429, new JsonObject { ["message"] = "You are being rate limited.", ["retry_after"] = RetryAfterSeconds, ["global"] = false });
            return;
        }

        Interlocked.Exchange(ref _messageRateLimits, 0);
        headers["X-RateLimit-Remaining"] = BucketRemaining.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset-After"] = BucketResetAfterSeconds.ToString(CultureInfo.InvariantCulture);
        await JsonAsync(context, 200, new JsonObject
        {
            ["id"] = NextId(),
            ["channel_id"] = path.Split('/')[2],
            ["content"] = body?.TryGetProperty("content", out var c) == true ? c.GetString() : "",
        });
    }

    private string NextId() => Interlocked.Increment(ref _nextMessageId).ToString(CultureInfo.InvariantCulture);

    private static async Task JsonAsync(HttpContext context, int status, JsonNode? json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json?.ToJsonString() ?? "null");
    }
}

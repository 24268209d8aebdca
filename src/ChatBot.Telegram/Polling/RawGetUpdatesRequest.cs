using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Telegram.Bot.Requests;

namespace ChatBot.Telegram.Polling;

/// <summary>
/// getUpdates through the real client, but with each update left as raw JSON: one malformed or unknown update is
/// then skipped on its own instead of failing the whole batch (and so the loop) forever.
/// </summary>
internal sealed class RawGetUpdatesRequest() : RequestBase<JsonElement[]>("getUpdates")
{
    [JsonPropertyName("offset")] public int? Offset { get; init; }
    [JsonPropertyName("limit")] public int? Limit { get; init; }
    [JsonPropertyName("timeout")] public int? Timeout { get; init; }
    [JsonPropertyName("allowed_updates")] public IReadOnlyList<string>? AllowedUpdates { get; init; }

    public override HttpContent ToHttpContent()
    {
        var body = new Dictionary<string, object?>();
        if (Offset is { } offset)
        {
            body["offset"] = offset;
        }

        if (Limit is { } limit)
        {
            body["limit"] = limit;
        }

        if (Timeout is { } timeout)
        {
            body["timeout"] = timeout;
        }

        if (AllowedUpdates is { } allowed)
        {
            body["allowed_updates"] = allowed;
        }

        return new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
    }
}

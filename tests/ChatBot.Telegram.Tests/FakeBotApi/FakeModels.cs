using System.Text.Json.Nodes;

namespace ChatBot.Telegram.Tests.FakeBotApi;

internal sealed record FakeUser(long Id, string FirstName, string? Username = null, string? LanguageCode = "nl", bool IsBot = false)
{
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["id"] = Id, ["is_bot"] = IsBot, ["first_name"] = FirstName };
        if (Username is not null)
        {
            json["username"] = Username;
        }

        if (LanguageCode is not null)
        {
            json["language_code"] = LanguageCode;
        }

        return json;
    }
}

/// <summary>type: "private", "group", "supergroup" or "channel".</summary>
internal sealed record FakeChat(long Id, string Type, string? Title = null, string? FirstName = null)
{
    public bool IsGroup => Type is "group" or "supergroup";

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["id"] = Id, ["type"] = Type };
        if (Title is not null)
        {
            json["title"] = Title;
        }

        if (FirstName is not null)
        {
            json["first_name"] = FirstName;
        }

        return json;
    }
}

/// <summary>A message in the fake: sent by a user (through an update) or by the bot (sendMessage).</summary>
internal sealed record FakeMessage(
    long ChatId,
    int MessageId,
    long FromId,
    string Text,
    IReadOnlyList<FakeEntity> Entities,
    int? ReplyToMessageId,
    JsonNode? ReplyMarkup,
    string? Html,
    DateTimeOffset ReceivedAt)
{
    public IEnumerable<string> CallbackData =>
        ReplyMarkup?["inline_keyboard"]?.AsArray().SelectMany(row => row!.AsArray()).Select(b => b?["callback_data"]?.GetValue<string>())
            .OfType<string>() ?? [];

    public IEnumerable<string> ButtonTexts =>
        ReplyMarkup?["inline_keyboard"]?.AsArray().SelectMany(row => row!.AsArray()).Select(b => b?["text"]?.GetValue<string>())
            .OfType<string>() ?? [];
}

internal sealed record FakeCallbackAnswer(string CallbackQueryId, string? Text, bool ShowAlert);

internal sealed record FakeInlineAnswer(string InlineQueryId, JsonArray Results);

internal sealed record FakeCall(string Method, JsonObject Parameters, int StatusCode)
{
    public DateTimeOffset At { get; } = DateTimeOffset.UtcNow;
}

/// <summary>An error to return for the next call(s) of a method.</summary>
internal sealed record FakeFailure(string Method, int ErrorCode, string Description, int? RetryAfter = null);

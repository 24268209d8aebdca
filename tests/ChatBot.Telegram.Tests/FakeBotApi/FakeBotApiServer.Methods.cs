using System.Text.Json.Nodes;

namespace ChatBot.Telegram.Tests.FakeBotApi;

/// <summary>The Bot API methods the adapter uses, working on the fake's state.</summary>
internal sealed partial class FakeBotApiServer
{
    private readonly Dictionary<long, FakeChat> _chats = [];
    private readonly Dictionary<long, FakeUser> _users = [];
    private readonly Dictionary<(long Chat, long User), string> _members = [];
    private readonly List<FakeMessage> _messages = [];
    private readonly Dictionary<long, int> _nextMessageId = [];
    private readonly List<(long Chat, int Message)> _pins = [];
    private readonly List<FakeCallbackAnswer> _callbackAnswers = [];
    private readonly List<FakeInlineAnswer> _inlineAnswers = [];
    private readonly Dictionary<string, JsonArray> _commands = [];
    private string? _webhookUrl;

    private async Task<(JsonNode? Result, string? Error)> ExecuteAsync(string method, JsonObject p, CancellationToken aborted)
    {
        if (method == "getUpdates")
        {
            var timeout = IgnoreLongPollTimeout ? 0 : Int(p["timeout"]) ?? 0;
            return (await GetUpdatesAsync(Int(p["offset"]), Int(p["limit"]) ?? 100, timeout, aborted).ConfigureAwait(false), null);
        }

        lock (_lock)
        {
            return method switch
            {
                "getMe" => (Bot.ToJson().Also(j => { j["can_join_groups"] = true; j["can_read_all_group_messages"] = false; j["supports_inline_queries"] = true; }), null),
                "deleteWebhook" => (Done(() => _webhookUrl = null), null),
                "setWebhook" => (Done(() => _webhookUrl = p["url"]!.GetValue<string>()), null),
                "setMyCommands" => (Done(() => _commands[p["language_code"]?.GetValue<string>() ?? string.Empty] = p["commands"]!.AsArray().DeepClone().AsArray()), null),
                "sendMessage" => SendMessage(p),
                "editMessageReplyMarkup" => EditReplyMarkup(Long(p["chat_id"]), Int(p["message_id"])!.Value, p["reply_markup"]),
                "sendChatAction" => _chats.ContainsKey(Long(p["chat_id"])) ? (JsonValue.Create(true), null) : (null, "Bad Request: chat not found"),
                "getChatMember" => GetChatMember(Long(p["chat_id"]), Long(p["user_id"])),
                "pinChatMessage" => PinChatMessage(Long(p["chat_id"]), Int(p["message_id"])!.Value),
                "answerCallbackQuery" => (Done(() => _callbackAnswers.Add(new FakeCallbackAnswer(
                    p["callback_query_id"]!.GetValue<string>(), p["text"]?.GetValue<string>(), p["show_alert"]?.GetValue<bool>() ?? false))), null),
                "answerInlineQuery" => (Done(() => _inlineAnswers.Add(new FakeInlineAnswer(
                    p["inline_query_id"]!.GetValue<string>(), p["results"]!.AsArray().DeepClone().AsArray()))), null),
                _ => (null, $"Bad Request: the fake server does not implement {method}"),
            };
        }
    }

    private (JsonNode?, string?) SendMessage(JsonObject p)
    {
        var chatId = Long(p["chat_id"]);
        if (!_chats.TryGetValue(chatId, out var chat))
        {
            return (null, "Bad Request: chat not found");
        }

        var html = p["text"]!.GetValue<string>();
        var parseMode = p["parse_mode"]?.GetValue<string>();
        string text;
        IReadOnlyList<FakeEntity> entities;
        if (string.Equals(parseMode, "HTML", StringComparison.OrdinalIgnoreCase))
        {
            var parsed = TelegramHtmlParser.Parse(html, out var error);
            if (error is not null)
            {
                return (null, error);
            }

            (text, entities) = (parsed.Text, parsed.Entities);
        }
        else
        {
            (text, entities) = (html, []);
        }

        if (text.Trim().Length == 0)
        {
            return (null, "Bad Request: message text is empty");
        }

        if (text.Length > 4096)
        {
            return (null, "Bad Request: message is too long");
        }

        int? replyTo = null;
        if (p["reply_parameters"] is JsonObject reply)
        {
            var target = reply["message_id"]!.GetValue<int>();
            if (_messages.Any(m => m.ChatId == chatId && m.MessageId == target))
            {
                replyTo = target;
            }
            else if (reply["allow_sending_without_reply"]?.GetValue<bool>() != true)
            {
                return (null, "Bad Request: message to be replied not found");
            }
        }

        var message = new FakeMessage(chatId, NextMessageId(chatId), Bot.Id, text, entities, replyTo, p["reply_markup"]?.DeepClone(), html, DateTimeOffset.UtcNow);
        _messages.Add(message);
        return (MessageJson(message, chat), null);
    }

    private (JsonNode?, string?) EditReplyMarkup(long chatId, int messageId, JsonNode? markup)
    {
        var index = _messages.FindIndex(m => m.ChatId == chatId && m.MessageId == messageId && m.FromId == Bot.Id);
        if (index < 0)
        {
            return (null, "Bad Request: message to edit not found");
        }

        _messages[index] = _messages[index] with { ReplyMarkup = markup?.DeepClone() };
        return (MessageJson(_messages[index], _chats[chatId]), null);
    }

    private (JsonNode?, string?) GetChatMember(long chatId, long userId)
    {
        if (!_chats.ContainsKey(chatId))
        {
            return (null, "Bad Request: chat not found");
        }

        if (!_users.TryGetValue(userId, out var user))
        {
            return (null, "Bad Request: user not found");
        }

        var status = _members.GetValueOrDefault((chatId, userId), "left");
        var member = new JsonObject { ["status"] = status, ["user"] = user.ToJson() };
        switch (status)
        {
            case "creator":
                member["is_anonymous"] = false;
                break;
            case "administrator":
                member["is_anonymous"] = false;
                member["can_be_edited"] = false;
                foreach (var right in new[]
                         {
                             "can_manage_chat", "can_delete_messages", "can_manage_video_chats", "can_restrict_members", "can_promote_members",
                             "can_change_info", "can_invite_users", "can_post_stories", "can_edit_stories", "can_delete_stories", "can_pin_messages",
                         })
                {
                    member[right] = right != "can_promote_members";
                }

                break;
        }

        return (member, null);
    }

    private (JsonNode?, string?) PinChatMessage(long chatId, int messageId)
    {
        if (!_chats.TryGetValue(chatId, out var chat))
        {
            return (null, "Bad Request: chat not found");
        }

        if (!_messages.Any(m => m.ChatId == chatId && m.MessageId == messageId))
        {
            return (null, "Bad Request: message to pin not found");
        }

        if (chat.IsGroup && _members.GetValueOrDefault((chatId, Bot.Id)) is not ("administrator" or "creator"))
        {
            return (null, "Bad Request: not enough rights to manage pinned messages in the chat");
        }

        _pins.Add((chatId, messageId));
        return (JsonValue.Create(true), null);
    }

    private int NextMessageId(long chatId)
    {
        var next = _nextMessageId.GetValueOrDefault(chatId, 1);
        _nextMessageId[chatId] = next + 1;
        return next;
    }

    private JsonObject MessageJson(FakeMessage message, FakeChat chat)
    {
        var from = message.FromId == Bot.Id ? Bot : _users[message.FromId];
        var json = new JsonObject
        {
            ["message_id"] = message.MessageId,
            ["from"] = from.ToJson(),
            ["chat"] = chat.ToJson(),
            ["date"] = message.ReceivedAt.ToUnixTimeSeconds(),
            ["text"] = message.Text,
        };
        if (message.Entities.Count > 0)
        {
            json["entities"] = new JsonArray([.. message.Entities.Select(EntityJson)]);
        }

        if (message.ReplyToMessageId is { } replyTo && _messages.FirstOrDefault(m => m.ChatId == chat.Id && m.MessageId == replyTo) is { } original)
        {
            json["reply_to_message"] = MessageJson(original with { ReplyToMessageId = null }, chat);
        }

        if (message.ReplyMarkup is not null)
        {
            json["reply_markup"] = message.ReplyMarkup.DeepClone();
        }

        return json;
    }

    private static JsonObject EntityJson(FakeEntity entity)
    {
        var json = new JsonObject { ["type"] = entity.Type, ["offset"] = entity.Offset, ["length"] = entity.Length };
        if (entity.Url is not null)
        {
            json["url"] = entity.Url;
        }

        return json;
    }

    private static JsonValue Done(Action action)
    {
        action();
        return JsonValue.Create(true);
    }

    private static long Long(JsonNode? node) => node is JsonValue v && v.TryGetValue<long>(out var l) ? l : long.Parse(node!.ToString(), System.Globalization.CultureInfo.InvariantCulture);

    private static int? Int(JsonNode? node) => node is null ? null : (int)Long(node);
}

internal static class JsonObjectExtensions
{
    public static JsonObject Also(this JsonObject json, Action<JsonObject> change)
    {
        change(json);
        return json;
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ChatBot.Telegram.Tests.FakeBotApi;

/// <summary>The test side: people, chats and what they do (each action becomes an update for getUpdates).</summary>
internal sealed partial class FakeBotApiServer
{
    private readonly List<JsonObject> _updates = [];
    private int _nextUpdateId = 1;
    private int _nextCallbackId = 1;
    private TaskCompletionSource _updatesChanged = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// When true, confirmed updates are kept and handed out again to a getUpdates without offset, like a server
    /// after a crash: a client that forgets its offset then sees old updates again (so restart tests can fail).
    /// </summary>
    public bool RetainConfirmedUpdates { get; set; }

    public FakeUser AddUser(long id, string name, string? languageCode = "nl")
    {
        var user = new FakeUser(id, name, name.ToLowerInvariant() + id.ToString(CultureInfo.InvariantCulture), languageCode);
        lock (_lock)
        {
            _users[id] = user;
        }

        return user;
    }

    /// <summary>A private chat has the user's id as its id.</summary>
    public FakeChat AddPrivateChat(FakeUser user) => AddChat(new FakeChat(user.Id, "private", FirstName: user.FirstName));

    public FakeChat AddGroup(long id, string title, string type = "supergroup")
    {
        var chat = AddChat(new FakeChat(id, type, Title: title));
        SetMember(chat, Bot.Id, "administrator");
        return chat;
    }

    public FakeChat AddChat(FakeChat chat)
    {
        lock (_lock)
        {
            _chats[chat.Id] = chat;
        }

        return chat;
    }

    /// <summary>status: "creator", "administrator", "member", "restricted", "left" or "kicked".</summary>
    public void SetMember(FakeChat chat, long userId, string status)
    {
        lock (_lock)
        {
            _members[(chat.Id, userId)] = status;
        }
    }

    /// <summary>A user writes in a chat; commands and @mentions get their entities as Telegram would add them.</summary>
    public FakeMessage UserSends(FakeChat chat, FakeUser user, string text, int? replyTo = null)
    {
        lock (_lock)
        {
            var message = new FakeMessage(chat.Id, NextMessageId(chat.Id), user.Id, text, DetectEntities(text), replyTo, null, null, DateTimeOffset.UtcNow);
            _messages.Add(message);
            AddUpdate(new JsonObject { ["message"] = MessageJson(message, chat) });
            return message;
        }
    }

    /// <summary>A user presses an inline button under one of the bot's messages.</summary>
    public string UserPresses(FakeUser user, FakeMessage botMessage, string callbackData)
    {
        lock (_lock)
        {
            var id = (_nextCallbackId++).ToString(CultureInfo.InvariantCulture);
            AddUpdate(new JsonObject
            {
                ["callback_query"] = new JsonObject
                {
                    ["id"] = id,
                    ["from"] = user.ToJson(),
                    ["message"] = MessageJson(botMessage, _chats[botMessage.ChatId]),
                    ["chat_instance"] = "ci" + botMessage.ChatId.ToString(CultureInfo.InvariantCulture),
                    ["data"] = callbackData,
                },
            });
            return id;
        }
    }

    public string UserTypesInline(FakeUser user, string query)
    {
        lock (_lock)
        {
            var id = "iq" + (_nextCallbackId++).ToString(CultureInfo.InvariantCulture);
            AddUpdate(new JsonObject
            {
                ["inline_query"] = new JsonObject { ["id"] = id, ["from"] = user.ToJson(), ["query"] = query, ["offset"] = string.Empty },
            });
            return id;
        }
    }

    /// <summary>Any update body (update_id is added): for edited messages, channel posts, malformed payloads…</summary>
    public int PushRawUpdate(JsonObject body)
    {
        lock (_lock)
        {
            return AddUpdate(body);
        }
    }

    private int AddUpdate(JsonObject body)
    {
        var id = _nextUpdateId++;
        var update = new JsonObject { ["update_id"] = id };
        foreach (var (key, value) in body.ToList())
        {
            body.Remove(key);
            update[key] = value;
        }

        _updates.Add(update);
        var changed = _updatesChanged;
        _updatesChanged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.TrySetResult();
        return id;
    }

    private async Task<JsonNode> GetUpdatesAsync(int? offset, int limit, int timeoutSeconds, CancellationToken aborted)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(Math.Clamp(timeoutSeconds, 0, 50));
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                if (offset is { } confirmedBelow && !RetainConfirmedUpdates)
                {
                    _updates.RemoveAll(u => u["update_id"]!.GetValue<int>() < confirmedBelow);
                }

                var pending = _updates.Where(u => offset is null || u["update_id"]!.GetValue<int>() >= offset).Take(Math.Clamp(limit, 1, 100)).ToList();
                if (pending.Count > 0 || DateTimeOffset.UtcNow >= deadline)
                {
                    return new JsonArray([.. pending.Select(u => u.DeepClone())]);
                }

                changed = _updatesChanged.Task;
            }

            var remaining = deadline - DateTimeOffset.UtcNow;
            if (remaining > TimeSpan.Zero)
            {
                await Task.WhenAny(changed, Task.Delay(remaining, aborted)).ConfigureAwait(false);
                aborted.ThrowIfCancellationRequested();
            }
        }
    }

    private IReadOnlyList<FakeEntity> DetectEntities(string text)
    {
        var entities = new List<FakeEntity>();
        var command = Regex.Match(text, @"^/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?");
        if (command.Success)
        {
            entities.Add(new FakeEntity("bot_command", 0, command.Length));
        }

        foreach (Match mention in Regex.Matches(text, @"(?<=^|\s)@[A-Za-z0-9_]{5,32}"))
        {
            entities.Add(new FakeEntity("mention", mention.Index, mention.Length));
        }

        return entities;
    }

    // ---- What happened, for assertions ----

    public IReadOnlyList<FakeMessage> BotMessages(FakeChat chat)
    {
        lock (_lock)
        {
            return [.. _messages.Where(m => m.ChatId == chat.Id && m.FromId == Bot.Id)];
        }
    }

    public IReadOnlyList<FakeMessage> AllBotMessages()
    {
        lock (_lock)
        {
            return [.. _messages.Where(m => m.FromId == Bot.Id)];
        }
    }

    public IReadOnlyList<FakeMessage> RepliesTo(FakeMessage question)
    {
        lock (_lock)
        {
            return [.. _messages.Where(m => m.ChatId == question.ChatId && m.FromId == Bot.Id && m.ReplyToMessageId == question.MessageId)];
        }
    }

    public IReadOnlyList<(long Chat, int Message)> Pins
    {
        get
        {
            lock (_lock)
            {
                return [.. _pins];
            }
        }
    }

    public IReadOnlyList<FakeCallbackAnswer> CallbackAnswers
    {
        get
        {
            lock (_lock)
            {
                return [.. _callbackAnswers];
            }
        }
    }

    public IReadOnlyList<FakeInlineAnswer> InlineAnswers
    {
        get
        {
            lock (_lock)
            {
                return [.. _inlineAnswers];
            }
        }
    }

    public IReadOnlyDictionary<string, JsonArray> Commands
    {
        get
        {
            lock (_lock)
            {
                return _commands.ToDictionary(kv => kv.Key, kv => kv.Value.DeepClone().AsArray());
            }
        }
    }

    public string? WebhookUrl
    {
        get
        {
            lock (_lock)
            {
                return _webhookUrl;
            }
        }
    }

    /// <summary>Polls <paramref name="condition"/> until it holds or the (bounded) timeout passes; returns whether it held.</summary>
    public static async Task<bool> WaitUntilAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(20).ConfigureAwait(false);
        }

        return condition();
    }
}

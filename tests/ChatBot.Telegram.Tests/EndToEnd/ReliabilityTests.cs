using System.Text.Json.Nodes;
using ChatBot.Telegram.Tests.FakeBotApi;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Telegram.Tests.EndToEnd;

public sealed class ReliabilityTests
{
    [Fact]
    public async Task Too_many_requests_is_waited_out_and_the_answer_delivered_once()
    {
        await using var bot = await TelegramBotHarness.CreateAsync();
        var user = bot.Server.AddUser(4001, "Kees");
        var chat = bot.Server.AddPrivateChat(user);
        bot.Server.FailNext("sendMessage", 429, "Too Many Requests: retry after 1", retryAfter: 1);
        await bot.StartAsync();

        var question = bot.Server.UserSends(chat, user, "Wat zegt de VVD?");

        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.RepliesTo(question).Count == 1));
        var sends = bot.Server.Calls.Where(c => c.Method == "sendMessage").ToList();
        Assert.Equal([429, 200], sends.Select(c => c.StatusCode));
        Assert.True(sends[1].At - sends[0].At >= TimeSpan.FromMilliseconds(900), $"retried after {(sends[1].At - sends[0].At).TotalMilliseconds:0} ms, not after retry_after = 1 s");
        await Task.Delay(300);
        Assert.Single(bot.Server.RepliesTo(question));
    }

    [Fact]
    public async Task Server_errors_are_retried_with_backoff()
    {
        await using var bot = await TelegramBotHarness.CreateAsync();
        var user = bot.Server.AddUser(4002, "Lotte");
        var chat = bot.Server.AddPrivateChat(user);
        bot.Server.FailNext("sendMessage", 502, "Bad Gateway", times: 2);
        await bot.StartAsync();

        var question = bot.Server.UserSends(chat, user, "Wat zegt de VVD?");

        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.RepliesTo(question).Count == 1));
        Assert.Equal([502, 502, 200], bot.Server.Calls.Where(c => c.Method == "sendMessage").Select(c => c.StatusCode));
    }

    [Fact]
    public async Task A_restart_with_the_same_data_folder_does_not_answer_again()
    {
        await using var bot = await TelegramBotHarness.CreateAsync();
        bot.Server.RetainConfirmedUpdates = true;
        var user = bot.Server.AddUser(4003, "Mila");
        var chat = bot.Server.AddPrivateChat(user);
        await bot.StartAsync();
        var first = bot.Server.UserSends(chat, user, "Eerste vraag");
        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.RepliesTo(first).Count == 1));
        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => File.Exists(Path.Combine(bot.DataFolder, "telegram-offset.json"))));
        await bot.StopAsync();

        var second = bot.Server.UserSends(chat, user, "Tweede vraag, gesteld terwijl de bot uit stond");
        await bot.StartAsync();

        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.RepliesTo(second).Count == 1));
        await Task.Delay(1500); // one more long-poll round: an old update would be handed out again now
        Assert.Single(bot.Server.RepliesTo(first));
        Assert.Single(bot.Server.RepliesTo(second));
        Assert.Equal(["Eerste vraag", "Tweede vraag, gesteld terwijl de bot uit stond"], bot.Answers.Requests.Select(r => r.Question));
    }

    [Fact]
    public async Task A_question_in_flight_when_the_bot_stops_is_answered_once_after_the_restart()
    {
        await using var bot = await TelegramBotHarness.CreateAsync();
        bot.Server.RetainConfirmedUpdates = true;
        var user = bot.Server.AddUser(4007, "Ruben");
        var chat = bot.Server.AddPrivateChat(user);
        var slow = new ChatBot.Telegram.Tests.Fakes.FakeAnswerService(TimeSpan.FromSeconds(30));
        await bot.StartAsync(answers: slow);
        var question = bot.Server.UserSends(chat, user, "Een vraag die lang duurt");
        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => slow.Requests.Count == 1));
        // The question is update 1; a getUpdates with offset 2 told Telegram it arrived, so only our data folder still has it.
        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.Calls.Any(c => c.Method == "getUpdates" && c.Parameters["offset"]?.GetValue<int>() >= 2)));
        await bot.StopAsync();
        Assert.Empty(bot.Server.RepliesTo(question));

        await bot.StartAsync();

        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.RepliesTo(question).Count == 1));
        await Task.Delay(1200);
        Assert.Single(bot.Server.RepliesTo(question));
        Assert.Single(bot.Answers.Requests);
    }

    [Fact]
    public async Task A_slow_answer_in_one_chat_does_not_hold_up_other_chats()
    {
        await using var bot = await TelegramBotHarness.CreateAsync();
        var slowUser = bot.Server.AddUser(4008, "Sara");
        var fastUser = bot.Server.AddUser(4009, "Thijs");
        var slowChat = bot.Server.AddPrivateChat(slowUser);
        var fastChat = bot.Server.AddPrivateChat(fastUser);
        var release = new TaskCompletionSource();
        var answers = new ChatBot.Telegram.Tests.Fakes.FakeAnswerService();
        await bot.StartAsync(answers: new GatedAnswerService(answers, "traag", release.Task));

        var slow = bot.Server.UserSends(slowChat, slowUser, "Een traag antwoord graag");
        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => answers.Requests.Count == 1));
        var fast = bot.Server.UserSends(fastChat, fastUser, "Een snelle vraag");

        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.RepliesTo(fast).Count == 1));
        Assert.Empty(bot.Server.RepliesTo(slow));
        release.SetResult();
        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.RepliesTo(slow).Count == 1));
    }

    private sealed class GatedAnswerService(ChatBot.Answers.IAnswerService inner, string trigger, Task gate) : ChatBot.Answers.IAnswerService
    {
        public async Task<ChatBot.Answers.Model.Answer> AnswerAsync(ChatBot.Answers.Model.AnswerRequest request, CancellationToken cancellationToken)
        {
            var answer = await inner.AnswerAsync(request, cancellationToken);
            if (request.Question.Contains(trigger, StringComparison.Ordinal))
            {
                await gate.WaitAsync(TimeSpan.FromSeconds(20), cancellationToken);
            }

            return answer;
        }
    }

    [Fact]
    public async Task Malformed_and_unsupported_updates_do_not_stop_the_loop()
    {
        await using var bot = await TelegramBotHarness.CreateAsync();
        var user = bot.Server.AddUser(4004, "Noor");
        var chat = bot.Server.AddPrivateChat(user);
        var group = bot.Server.AddGroup(-100700, "Groep");
        await bot.StartAsync();

        bot.Server.PushRawUpdate(new JsonObject { ["message"] = new JsonObject { ["message_id"] = "not a number", ["chat"] = 5 } });
        bot.Server.PushRawUpdate(new JsonObject
        {
            ["edited_message"] = new JsonObject
            {
                ["message_id"] = 99, ["date"] = 1_750_000_000, ["edit_date"] = 1_750_000_100, ["chat"] = chat.ToJson(),
                ["from"] = user.ToJson(), ["text"] = "bewerkt",
            },
        });
        bot.Server.PushRawUpdate(new JsonObject
        {
            ["channel_post"] = new JsonObject { ["message_id"] = 5, ["date"] = 1_750_000_000, ["chat"] = new JsonObject { ["id"] = -100900, ["type"] = "channel", ["title"] = "Kanaal" }, ["text"] = "post" },
        });
        bot.Server.PushRawUpdate(new JsonObject
        {
            ["message"] = new JsonObject
            {
                ["message_id"] = 77, ["date"] = 1_750_000_000, ["chat"] = group.ToJson(), ["from"] = user.ToJson(),
                ["new_chat_members"] = new JsonArray(user.ToJson()),
            },
        });
        bot.Server.PushRawUpdate(new JsonObject
        {
            ["message"] = new JsonObject
            {
                ["message_id"] = 78, ["date"] = 1_750_000_000, ["chat"] = chat.ToJson(), ["from"] = user.ToJson(),
                ["sticker"] = new JsonObject
                {
                    ["file_id"] = "f", ["file_unique_id"] = "u", ["type"] = "regular", ["width"] = 512, ["height"] = 512,
                    ["is_animated"] = false, ["is_video"] = false,
                },
            },
        });
        bot.Server.PushRawUpdate(new JsonObject { ["something_from_bot_api_11"] = new JsonObject { ["x"] = 1 } });
        var question = bot.Server.UserSends(chat, user, "Wat zegt de VVD?");

        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.RepliesTo(question).Count == 1));
        // The sticker got a polite "text only" reply; nothing else was answered.
        var botMessages = bot.Server.BotMessages(chat);
        Assert.Equal(2, botMessages.Count);
        Assert.Contains(botMessages, m => m.Text.Contains("alleen tekst", StringComparison.Ordinal));
        Assert.Empty(bot.Server.BotMessages(group));
        Assert.Single(bot.Answers.Requests);
    }

    [Fact]
    public async Task An_unreachable_api_at_start_is_waited_out()
    {
        await using var bot = await TelegramBotHarness.CreateAsync();
        var user = bot.Server.AddUser(4006, "Pim");
        var chat = bot.Server.AddPrivateChat(user);
        bot.Server.FailNext("getMe", 503, "Service Unavailable", times: 4);
        await bot.StartAsync(new Dictionary<string, string?> { ["Telegram:TransientRetries"] = "1" });

        var question = bot.Server.UserSends(chat, user, "Wat zegt de VVD?");

        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.RepliesTo(question).Count == 1, TimeSpan.FromSeconds(15)));
        Assert.Contains(bot.Logs.Lines, l => l.Contains("Cannot reach the Telegram Bot API", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rejected_token_stops_the_host_with_a_clear_message()
    {
        await using var bot = await TelegramBotHarness.CreateAsync();
        await bot.StartAsync(token: "7000001:WRONG-token-value-0000000000");

        var lifetime = (IHostApplicationLifetime)bot.Host.Services.GetService(typeof(IHostApplicationLifetime))!;
        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => lifetime.ApplicationStopping.IsCancellationRequested));
        Assert.Contains(bot.Logs.Lines, l => l.Contains("rejected the bot token", StringComparison.Ordinal) && l.StartsWith("Critical", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_token_never_appears_in_logs_even_when_requests_fail()
    {
        await using var bot = await TelegramBotHarness.CreateAsync();
        var user = bot.Server.AddUser(4005, "Olaf");
        var chat = bot.Server.AddPrivateChat(user);
        bot.Server.FailNext("sendMessage", 500, "Internal Server Error", times: 10);
        await bot.StartAsync(new Dictionary<string, string?> { ["Telegram:TransientRetries"] = "1" });

        var question = bot.Server.UserSends(chat, user, "Wat zegt de VVD?");
        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Logs.Lines.Any(l => l.Contains("failed; continuing", StringComparison.Ordinal))));
        var followUp = bot.Server.UserSends(chat, user, "En nu?");
        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.Calls.Count(c => c.Method == "sendMessage") >= 4));
        await bot.StopAsync();

        var secret = FakeBotApiServer.Token.Split(':')[1];
        Assert.NotEmpty(bot.Logs.Lines);
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains(secret, StringComparison.Ordinal));
        Assert.Contains(bot.Logs.Lines, l => l.Contains("sendMessage", StringComparison.Ordinal) && l.Contains("500", StringComparison.Ordinal));
        Assert.Empty(bot.Server.RepliesTo(question));
        _ = followUp;
    }
}

using ChatBot.Telegram.Tests.FakeBotApi;

namespace ChatBot.Telegram.Tests.EndToEnd;

/// <summary>Requests in flight: a shutdown during a send, "typing…" that hangs or fails, a server that ignores long polls.</summary>
public sealed class InFlightTests
{
    [Fact]
    public async Task A_reply_telegram_already_has_when_the_bot_stops_is_not_sent_again_after_the_restart()
    {
        // Arrange: Telegram stores the reply but its response is slow, and the bot is stopped meanwhile.
        await using var bot = await TelegramBotHarness.CreateAsync();
        bot.Server.RetainConfirmedUpdates = true;
        var user = bot.Server.AddUser(4101, "Wim");
        var chat = bot.Server.AddPrivateChat(user);
        var slowResponse = bot.Server.HoldNextResponse("sendMessage");
        await bot.StartAsync();
        var question = bot.Server.UserSends(chat, user, "Wat zegt de VVD over gezinshereniging?");
        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.RepliesTo(question).Count == 1));
        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.Calls.Any(c => c.Method == "getUpdates" && c.Parameters["offset"]?.GetValue<int>() >= 2)));

        // Act: stop while the sendMessage response is held, let it come 300 ms later, then start again.
        var stopping = bot.StopAsync();
        await Task.Delay(300);
        slowResponse.SetResult();
        await stopping;
        await bot.StartAsync();
        var next = bot.Server.UserSends(chat, user, "En wat zegt BIJ1?");
        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.RepliesTo(next).Count == 1));
        await Task.Delay(1200); // one more long-poll round: a pending update would be answered by now

        // Assert: each question answered (and worked out) once.
        Assert.Single(bot.Server.RepliesTo(question));
        Assert.Single(bot.Server.RepliesTo(next));
        Assert.Equal(["Wat zegt de VVD over gezinshereniging?", "En wat zegt BIJ1?"], bot.Answers.Requests.Select(r => r.Question));
    }

    [Fact]
    public async Task Typing_that_hangs_does_not_hold_up_the_answer()
    {
        await using var bot = await TelegramBotHarness.CreateAsync();
        var user = bot.Server.AddUser(4102, "Xander");
        var chat = bot.Server.AddPrivateChat(user);
        var typing = bot.Server.HoldNextResponse("sendChatAction");
        await bot.StartAsync();

        var question = bot.Server.UserSends(chat, user, "Wat zegt de VVD?");

        // The answer arrives while the sendChatAction response is still held back.
        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.RepliesTo(question).Count == 1));
        Assert.False(typing.Task.IsCompleted);
        typing.SetResult();
    }

    [Fact]
    public async Task Typing_that_fails_is_tried_once_and_the_answer_still_comes()
    {
        await using var bot = await TelegramBotHarness.CreateAsync();
        var user = bot.Server.AddUser(4103, "Yara");
        var chat = bot.Server.AddPrivateChat(user);
        bot.Server.FailNext("sendChatAction", 502, "Bad Gateway", times: 5);
        await bot.StartAsync();

        var question = bot.Server.UserSends(chat, user, "Wat zegt de VVD?");

        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.RepliesTo(question).Count == 1));
        await Task.Delay(500); // room for retries, if there were any
        Assert.Single(bot.Server.Calls, c => c.Method == "sendChatAction");
    }

    [Fact]
    public async Task An_empty_poll_that_comes_back_at_once_is_followed_by_a_pause()
    {
        // Arrange: a server that ignores the long-poll timeout answers every getUpdates at once with nothing.
        await using var bot = await TelegramBotHarness.CreateAsync();
        bot.Server.IgnoreLongPollTimeout = true;
        var user = bot.Server.AddUser(4104, "Zoë");
        var chat = bot.Server.AddPrivateChat(user);
        await bot.StartAsync();

        // Act
        await Task.Delay(2500);
        var polls = bot.Server.Calls.Count(c => c.Method == "getUpdates");
        var question = bot.Server.UserSends(chat, user, "Wat zegt de VVD?");

        // Assert: about one poll a second instead of hundreds (the old loop made over a thousand a second), and
        // questions are still answered.
        Assert.InRange(polls, 1, 6);
        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.RepliesTo(question).Count == 1));
    }
}

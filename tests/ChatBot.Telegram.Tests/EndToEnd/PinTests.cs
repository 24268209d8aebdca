using ChatBot.Telegram.Tests.FakeBotApi;

namespace ChatBot.Telegram.Tests.EndToEnd;

public sealed class PinTests
{
    [Fact]
    public async Task Pin_by_an_administrator_pins_the_answer_and_records_it()
    {
        await using var bot = await TelegramBotHarness.CreateAsync();
        var asker = bot.Server.AddUser(3001, "Hanna");
        var admin = bot.Server.AddUser(3002, "Ivo");
        var group = bot.Server.AddGroup(-100600, "Groep");
        bot.Server.SetMember(group, asker.Id, "member");
        bot.Server.SetMember(group, admin.Id, "administrator");
        await bot.StartAsync();
        var answer = await AskAsync(bot, group, asker);

        var press = bot.Server.UserPresses(admin, answer, answer.CallbackData.Single(d => d.StartsWith("pin:", StringComparison.Ordinal)));

        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.CallbackAnswers.Any(a => a.CallbackQueryId == press)));
        Assert.Equal([(group.Id, answer.MessageId)], bot.Server.Pins);
        var record = Assert.Single(bot.PinLog.Pins);
        Assert.Equal(admin.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), record.PinnedByUserId);
        Assert.Equal(answer.MessageId.ToString(System.Globalization.CultureInfo.InvariantCulture), record.MessageId);
        Assert.Single(bot.Answers.Requests);
    }

    [Fact]
    public async Task Pin_is_refused_for_members_who_are_not_administrators()
    {
        await using var bot = await TelegramBotHarness.CreateAsync();
        var asker = bot.Server.AddUser(3003, "Jasper");
        var group = bot.Server.AddGroup(-100601, "Groep");
        bot.Server.SetMember(group, asker.Id, "member");
        await bot.StartAsync();
        var answer = await AskAsync(bot, group, asker);

        var press = bot.Server.UserPresses(asker, answer, answer.CallbackData.Single(d => d.StartsWith("pin:", StringComparison.Ordinal)));

        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.CallbackAnswers.Any(a => a.CallbackQueryId == press)));
        var refusal = bot.Server.CallbackAnswers.Single(a => a.CallbackQueryId == press);
        Assert.Contains("beheerders", refusal.Text, StringComparison.Ordinal);
        Assert.Empty(bot.Server.Pins);
        Assert.Empty(bot.PinLog.Pins);
        Assert.DoesNotContain(bot.Server.Calls, c => c.Method == "pinChatMessage");
    }

    [Fact]
    public async Task A_pin_press_is_answered_even_when_the_membership_check_fails()
    {
        await using var bot = await TelegramBotHarness.CreateAsync();
        var asker = bot.Server.AddUser(3004, "Karin");
        var group = bot.Server.AddGroup(-100602, "Groep");
        bot.Server.SetMember(group, asker.Id, "administrator");
        await bot.StartAsync();
        var answer = await AskAsync(bot, group, asker);
        bot.Server.FailNext("getChatMember", 400, "Bad Request: member list is inaccessible");

        var press = bot.Server.UserPresses(asker, answer, answer.CallbackData.Single(d => d.StartsWith("pin:", StringComparison.Ordinal)));

        // The button stops spinning, with a word of why, instead of waiting for Telegram's time-out.
        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.CallbackAnswers.Any(a => a.CallbackQueryId == press)));
        Assert.Contains("Telegram", bot.Server.CallbackAnswers.Single(a => a.CallbackQueryId == press).Text, StringComparison.Ordinal);
        Assert.Empty(bot.Server.Pins);
        Assert.Empty(bot.PinLog.Pins);
    }

    private static async Task<FakeMessage> AskAsync(TelegramBotHarness bot, FakeChat group, FakeUser asker)
    {
        var question = bot.Server.UserSends(group, asker, "/ask Wat zegt de VVD over gezinshereniging?");
        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.RepliesTo(question).Count == 1));
        return bot.Server.RepliesTo(question)[0];
    }
}

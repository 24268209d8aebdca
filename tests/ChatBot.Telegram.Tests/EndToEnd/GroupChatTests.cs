using ChatBot.Answers.Model;
using ChatBot.Telegram.Tests.FakeBotApi;

namespace ChatBot.Telegram.Tests.EndToEnd;

public sealed class GroupChatTests
{
    [Fact]
    public async Task Group_chatter_without_mention_is_ignored()
    {
        await using var bot = await TelegramBotHarness.CreateAsync();
        var user = bot.Server.AddUser(2001, "Bram");
        var group = bot.Server.AddGroup(-100500, "Debatavond");
        bot.Server.SetMember(group, user.Id, "member");
        await bot.StartAsync();

        var chatter = bot.Server.UserSends(group, user, "Wat vinden jullie van het debat van gisteren?");
        var marker = bot.Server.UserSends(group, user, "/ask@ChatBotTestBot marker");

        // The later command is answered, so the earlier chatter has certainly been seen and passed over.
        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.RepliesTo(marker).Count == 1));
        Assert.Empty(bot.Server.RepliesTo(chatter));
        Assert.DoesNotContain(bot.Answers.Requests, r => r.Question.Contains("debat", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ask_command_addressed_to_the_bot_by_name_is_answered_with_a_pin_button()
    {
        await using var bot = await TelegramBotHarness.CreateAsync();
        var user = bot.Server.AddUser(2002, "Carla");
        var group = bot.Server.AddGroup(-100501, "Campagneteam");
        await bot.StartAsync();

        var question = bot.Server.UserSends(group, user, "/ask@ChatBotTestBot Wat zegt BIJ1 over asiel?");

        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.RepliesTo(question).Count == 1));
        var reply = bot.Server.RepliesTo(question)[0];
        Assert.Contains("BIJ1", reply.Text, StringComparison.Ordinal);
        Assert.Contains(reply.ButtonTexts, t => t == "📌 Pin");
        Assert.Equal("Wat zegt BIJ1 over asiel?", Assert.Single(bot.Answers.Requests).Question);
    }

    [Fact]
    public async Task Commands_for_another_bot_are_left_alone()
    {
        await using var bot = await TelegramBotHarness.CreateAsync();
        var user = bot.Server.AddUser(2003, "Daan");
        var group = bot.Server.AddGroup(-100502, "Groep");
        await bot.StartAsync();

        var other = bot.Server.UserSends(group, user, "/ask@SomeOtherBot hallo");
        var marker = bot.Server.UserSends(group, user, "/check De VVD wil gezinshereniging beperken");

        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.RepliesTo(marker).Count == 1));
        Assert.Empty(bot.Server.RepliesTo(other));
        var check = Assert.Single(bot.Answers.Requests);
        Assert.Equal(QuestionKind.Check, check.Kind);
    }

    [Fact]
    public async Task Mention_and_reply_to_the_bot_are_questions()
    {
        await using var bot = await TelegramBotHarness.CreateAsync();
        var user = bot.Server.AddUser(2004, "Eva");
        var group = bot.Server.AddGroup(-100503, "Groep");
        await bot.StartAsync();

        var mention = bot.Server.UserSends(group, user, "@ChatBotTestBot wat zegt de VVD?");
        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.RepliesTo(mention).Count == 1));
        var answer = bot.Server.RepliesTo(mention)[0];
        var followUp = bot.Server.UserSends(group, user, "En de PVV?", replyTo: answer.MessageId);

        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.RepliesTo(followUp).Count == 1));
        Assert.Equal(["wat zegt de VVD?", "En de PVV?"], bot.Answers.Requests.Select(r => r.Question));
    }

    [Fact]
    public async Task Markup_in_a_question_is_escaped()
    {
        await using var bot = await TelegramBotHarness.CreateAsync();
        var user = bot.Server.AddUser(2005, "Fenna");
        var group = bot.Server.AddGroup(-100504, "Groep");
        bot.Server.SetMember(group, user.Id, "member");
        bot.Answers.Override = request => new Answer
        {
            AnswerId = AnswerId.New(),
            Question = request.Question,
            Language = Language.Nl,
            Kind = QuestionKind.Position,
            Abstained = true,
            AbstainReason = AbstainReason.NotInSources,
            // The real service echoes the question in its lead; the markup must arrive as text.
            Summary = $"Over \"{request.Question}\" zeggen de bronnen niets.",
            Text = $"Over \"{request.Question}\" zeggen de bronnen niets.",
        };
        await bot.StartAsync();

        var question = bot.Server.UserSends(group, user, "/ask <b>vet</b> & <script>alert(1)</script> &amp;");

        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.RepliesTo(question).Count == 1));
        var reply = bot.Server.RepliesTo(question)[0];
        Assert.Contains("<b>vet</b> & <script>alert(1)</script> &amp;", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(reply.Entities, e => e.Offset >= reply.Text.IndexOf("<b>", StringComparison.Ordinal) && e.Type == "bold" && e.Length == 3);
        Assert.DoesNotContain(bot.Server.Calls, c => c.StatusCode == 400);
    }

    [Fact]
    public async Task Long_answers_in_groups_wait_behind_a_more_sources_button()
    {
        await using var bot = await TelegramBotHarness.CreateAsync();
        var user = bot.Server.AddUser(2006, "Gijs");
        var group = bot.Server.AddGroup(-100505, "Groep");
        await bot.StartAsync();

        var question = bot.Server.UserSends(group, user, "/compare long gezinshereniging");
        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.RepliesTo(question).Count == 1));
        var first = bot.Server.RepliesTo(question)[0];
        var more = Assert.Single(first.CallbackData, d => d.StartsWith("more:", StringComparison.Ordinal));
        Assert.Contains(first.ButtonTexts, t => t.StartsWith("Meer bronnen", StringComparison.Ordinal));
        Assert.True(first.Text.Length <= 4096);

        bot.Server.UserPresses(user, first, more);

        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.RepliesTo(first).Count == 1));
        var second = bot.Server.RepliesTo(first)[0];
        Assert.Contains("(2/", second.Text, StringComparison.Ordinal);
        Assert.Contains(second.Entities, e => e.Type is "blockquote" or "expandable_blockquote");
        Assert.Equal(QuestionKind.Compare, Assert.Single(bot.Answers.Requests).Kind);
        // The used button is gone from the first page, the pin button stays; the new page offers the next one.
        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => !bot.Server.BotMessages(group).Single(m => m.MessageId == first.MessageId).CallbackData.Contains(more)));
        Assert.Contains(bot.Server.BotMessages(group).Single(m => m.MessageId == first.MessageId).CallbackData, d => d.StartsWith("pin:", StringComparison.Ordinal));
        Assert.Contains(second.CallbackData, d => d.StartsWith("more:", StringComparison.Ordinal) && d.EndsWith(":2", StringComparison.Ordinal));
    }
}

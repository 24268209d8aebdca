using ChatBot.Telegram.Tests.FakeBotApi;

namespace ChatBot.Telegram.Tests.EndToEnd;

public sealed class PrivateChatTests
{
    [Fact]
    public async Task Private_question_gets_a_cited_answer_as_a_reply()
    {
        await using var bot = await TelegramBotHarness.CreateAsync();
        var user = bot.Server.AddUser(1001, "Anna");
        var chat = bot.Server.AddPrivateChat(user);
        await bot.StartAsync();

        var question = bot.Server.UserSends(chat, user, "Wat zegt de VVD over gezinshereniging?");

        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.RepliesTo(question).Count == 1));
        var reply = bot.Server.RepliesTo(question)[0];
        Assert.Contains(reply.Entities, e => e.Type is "blockquote" or "expandable_blockquote");
        Assert.Contains("VVD", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Verkiezingsprogramma VVD 2025–2029", reply.Text, StringComparison.Ordinal);
        Assert.Contains("2025-08-30", reply.Text, StringComparison.Ordinal);
        Assert.Contains("3.2 Asiel & migratie", reply.Text, StringComparison.Ordinal);
        // The quote arrives verbatim, '<' and '&' included, after Telegram has parsed the HTML.
        Assert.Contains("het kerngezin & de wachttijd is < 2 jaar", reply.Text, StringComparison.Ordinal);
        Assert.Contains("extractief", reply.Text, StringComparison.Ordinal);
        var asked = Assert.Single(bot.Answers.Requests);
        Assert.Equal("Wat zegt de VVD over gezinshereniging?", asked.Question);
        Assert.Equal(new ChatBot.Answers.Model.Conversation("telegram", "1001", "1001"), asked.Conversation);
        Assert.Empty(bot.Server.Calls.Where(c => c.StatusCode is 400 or 404).Select(c => $"{c.Method}: {c.Parameters.ToJsonString()}"));
    }
}

using System.Globalization;
using ChatBot.EndToEnd.Tests.Support;
using ChatBot.Telegram.Tests.FakeBotApi;

namespace ChatBot.EndToEnd.Tests.Telegram;

public sealed class TelegramAnswerTests
{
    [Fact]
    public async Task A_question_in_a_private_chat_gets_a_verbatim_cited_answer_and_an_audit_row_with_the_content_hash()
    {
        // Arrange
        await using var bot = await BotUnderTest.StartAsync();
        var user = bot.Telegram.AddUser(51_001, "Anna");
        var chat = bot.Telegram.AddPrivateChat(user);

        // Act
        var question = bot.Telegram.UserSends(chat, user, "Wat vindt BIJ1 van gezinshereniging?");
        var answered = await FakeBotApiServer.WaitUntilAsync(() => bot.Telegram.RepliesTo(question).Count > 0, TimeSpan.FromSeconds(20));
        var audit = await bot.AuditWhenAsync(r => r.Count > 0, TimeSpan.FromSeconds(10));

        // Assert: one reply, quoting text that stands in the cited seed file between the audited offsets.
        Assert.True(answered, "no reply within 20 s");
        Assert.Single(bot.Telegram.RepliesTo(question));
        var record = Assert.Single(audit);
        Assert.Equal("telegram", record.Platform);
        Assert.Equal(chat.Id.ToString(CultureInfo.InvariantCulture), record.ChatId);
        Assert.Equal(user.Id.ToString(CultureInfo.InvariantCulture), record.AskerId);
        Assert.Equal(question.Text, record.Question);
        Assert.False(record.Abstained);
        Assert.NotEmpty(record.Citations);
        Assert.Contains(record.Citations, c => c.Publisher == "BIJ1");

        var quotes = bot.Telegram.BotMessages(chat).SelectMany(SeedText.Blockquotes).ToList();
        Assert.NotEmpty(quotes);
        var citedSpans = record.Citations.Select(c => SeedText.Fold(SeedText.Read(bot.Folder.Seeds, c.File)[c.Start..c.End])).ToList();
        Assert.All(quotes.SelectMany(SeedText.Fragments), fragment =>
            Assert.True(citedSpans.Any(span => span.Contains(fragment, StringComparison.Ordinal)), $"not in any cited span: {fragment}"));
        Assert.All(record.Citations, c => Assert.Equal(SeedText.ContentHash(bot.Folder.Seeds, c.File), c.ContentHash));
        Assert.False(string.IsNullOrEmpty(record.CorpusVersion));
    }
}

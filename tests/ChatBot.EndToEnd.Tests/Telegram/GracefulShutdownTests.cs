using System.Globalization;
using ChatBot.EndToEnd.Tests.Support;
using ChatBot.Telegram.Tests.FakeBotApi;

namespace ChatBot.EndToEnd.Tests.Telegram;

public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task Stopping_while_questions_arrive_leaves_every_sent_answer_in_the_audit_trail_on_disk()
    {
        // Arrange
        await using var bot = await BotUnderTest.StartAsync(new Dictionary<string, string?>
        {
            ["RateLimits:PerUserPerMinute"] = "1000",
            ["RateLimits:PerChatPerMinute"] = "1000",
        });
        var people = Enumerable.Range(0, 10).Select(i =>
        {
            var user = bot.Telegram.AddUser(53_000 + i, "Stop" + i.ToString(CultureInfo.InvariantCulture));
            return (User: user, Chat: bot.Telegram.AddPrivateChat(user));
        }).ToList();

        // Act: a burst of questions, and a stop (as on SIGTERM) as soon as the first replies go out.
        var asked = people.SelectMany(p => Enumerable.Range(0, 4).Select(_ => bot.Telegram.UserSends(p.Chat, p.User, "Wat vindt BIJ1 van gezinshereniging?"))).ToList();
        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => asked.Any(q => bot.Telegram.RepliesTo(q).Count > 0), TimeSpan.FromSeconds(20)), "no reply within 20 s");
        await bot.StopAsync();
        var replied = asked.Where(q => bot.Telegram.RepliesTo(q).Count > 0).ToList();
        var trail = await SqliteAuditTrail.ReadAsync(bot.Folder.Data);

        // Assert: what a user saw, a moderator can find; nothing was answered twice.
        Assert.NotEmpty(replied);
        Assert.All(replied, q => Assert.Single(bot.Telegram.RepliesTo(q)));
        var auditedPerChat = trail.GroupBy(r => r.ChatId).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(replied.GroupBy(q => q.ChatId), g =>
            Assert.True(auditedPerChat.GetValueOrDefault(g.Key.ToString(CultureInfo.InvariantCulture)) >= g.Count(), $"chat {g.Key}: {g.Count()} replies, fewer audited"));
    }
}

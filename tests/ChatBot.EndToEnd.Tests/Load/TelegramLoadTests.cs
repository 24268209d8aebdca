using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using ChatBot.EndToEnd.Tests.Support;
using ChatBot.Telegram.Tests.FakeBotApi;
using Xunit.Abstractions;

namespace ChatBot.EndToEnd.Tests.Load;

/// <summary>
/// A bounded load run, not a benchmark: 500 questions from 100 users through the real Telegram adapter, real answers
/// and the real audit trail on loopback. Asserts exactly-once answering and auditing; reports, never asserts, timings.
/// </summary>
public sealed class TelegramLoadTests(ITestOutputHelper output)
{
    private const int Users = 100;
    private const int QuestionsPerUser = 5;

    private static readonly string[] Questions =
    [
        "Wat vindt BIJ1 van gezinshereniging?",
        "What does BIJ1 say about detention?",
        "Wat zegt VluchtelingenWerk over de asielprocedure?",
        "Hoe denkt BIJ1 over detentiecentra?",
        "What do the sources say about family reunification?",
    ];

    [Fact]
    [Trait("Category", "Load")]
    public async Task Five_hundred_questions_from_a_hundred_users_are_each_answered_once_and_audited()
    {
        // Arrange: rate limits raised so that every question is answered rather than refused.
        await using var bot = await BotUnderTest.StartAsync(new Dictionary<string, string?>
        {
            ["RateLimits:PerUserPerMinute"] = "1000",
            ["RateLimits:PerChatPerMinute"] = "1000",
        });
        var people = Enumerable.Range(0, Users).Select(i =>
        {
            var user = bot.Telegram.AddUser(70_000 + i, "User" + i.ToString(CultureInfo.InvariantCulture));
            return (User: user, Chat: bot.Telegram.AddPrivateChat(user));
        }).ToList();
        // Warm-up: JIT, index and connections; the figures are for a running bot.
        var warmUp = bot.Telegram.UserSends(people[0].Chat, people[0].User, "Wat vindt BIJ1 van detentie?");
        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Telegram.RepliesTo(warmUp).Count == 1, TimeSpan.FromSeconds(20)));

        // Act: every user asks five questions, interleaved with the others.
        var started = Stopwatch.StartNew();
        var asked = new ConcurrentBag<FakeMessage>();
        await Parallel.ForEachAsync(people, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (p, _) =>
        {
            for (var q = 0; q < QuestionsPerUser; q++)
            {
                asked.Add(bot.Telegram.UserSends(p.Chat, p.User, Questions[q]));
                await Task.Yield();
            }
        });
        var allAnswered = await FakeBotApiServer.WaitUntilAsync(() => asked.All(q => bot.Telegram.RepliesTo(q).Count > 0), TimeSpan.FromSeconds(45));
        var elapsed = started.Elapsed;
        var audit = await bot.AuditWhenAsync(r => r.Count >= Users * QuestionsPerUser + 1, TimeSpan.FromSeconds(10));
        await Task.Delay(1200); // one more poll round: a duplicate answer would show up now

        // Assert
        Assert.True(allAnswered, $"{asked.Count(q => bot.Telegram.RepliesTo(q).Count == 0)} of {asked.Count} questions unanswered after 45 s");
        Assert.Equal(Users * QuestionsPerUser, asked.Count);
        var answeredOnce = asked.Count(q => bot.Telegram.RepliesTo(q).Count == 1);
        var audited = asked.Count(q => audit.Count(r => r.ChatId == q.ChatId.ToString(CultureInfo.InvariantCulture) && r.Question == q.Text) == 1);
        var latencies = asked.Select(q => (bot.Telegram.RepliesTo(q)[0].ReceivedAt - q.ReceivedAt).TotalMilliseconds).Order().ToList();
        var auditLatencies = audit.Select(r => r.LatencyMs).Order().ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{asked.Count} questions from {Users} users in {elapsed.TotalSeconds:0.00} s = {asked.Count / elapsed.TotalSeconds:0.0} answers/s; " +
            $"Telegram round trip p50 {Percentile(latencies, 0.50):0} ms, p95 {Percentile(latencies, 0.95):0} ms, p99 {Percentile(latencies, 0.99):0} ms, max {latencies[^1]:0} ms; " +
            $"answer service p50 {Percentile(auditLatencies, 0.50):0.0} ms, p99 {Percentile(auditLatencies, 0.99):0.0} ms; " +
            $"answered exactly once {answeredOnce}/{asked.Count}, audited exactly once {audited}/{asked.Count}, abstained {audit.Count(r => r.Abstained)}"));
        Assert.Equal(asked.Count, answeredOnce);
        Assert.Equal(asked.Count, audited);
        Assert.Equal(Users * QuestionsPerUser + 1, audit.Count);
        Assert.True(audit.Count(r => !r.Abstained) * 2 > audit.Count, "most load questions should be answered from the seeds, not abstained");
    }

    private static double Percentile(IReadOnlyList<double> sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];
}

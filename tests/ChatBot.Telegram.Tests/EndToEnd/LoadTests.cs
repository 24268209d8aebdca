using System.Diagnostics;
using ChatBot.Telegram.Tests.FakeBotApi;
using ChatBot.Telegram.Tests.Fakes;
using Xunit.Abstractions;

namespace ChatBot.Telegram.Tests.EndToEnd;

public sealed class LoadTests(ITestOutputHelper output)
{
    [Fact]
    [Trait("Category", "Load")]
    public async Task Two_hundred_questions_from_fifty_users_are_each_answered_exactly_once()
    {
        const int Users = 50;
        const int QuestionsPerUser = 4;
        await using var bot = await TelegramBotHarness.CreateAsync();
        var chats = Enumerable.Range(0, Users).Select(i =>
        {
            var user = bot.Server.AddUser(60_000 + i, $"User{i}");
            return (User: user, Chat: bot.Server.AddPrivateChat(user));
        }).ToList();
        // A little work per answer, as the real extractive service does (a few ms of retrieval).
        var answers = new FakeAnswerService(TimeSpan.FromMilliseconds(10));
        await bot.StartAsync(answers: answers);
        // Warm-up: the first question pays for JIT and connection set-up; the figures are for a running bot.
        var warmUp = bot.Server.UserSends(chats[0].Chat, chats[0].User, "warm-up");
        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.RepliesTo(warmUp).Count == 1));
        var started = Stopwatch.StartNew();

        var questions = new System.Collections.Concurrent.ConcurrentBag<FakeMessage>();
        await Parallel.ForEachAsync(chats, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (c, _) =>
        {
            for (var q = 0; q < QuestionsPerUser; q++)
            {
                questions.Add(bot.Server.UserSends(c.Chat, c.User, $"Vraag {q} van {c.User.FirstName} over gezinshereniging"));
                await Task.Yield();
            }
        });

        var allAnswered = await FakeBotApiServer.WaitUntilAsync(
            () => questions.All(q => bot.Server.RepliesTo(q).Count > 0), TimeSpan.FromSeconds(60));
        var elapsed = started.Elapsed;
        await Task.Delay(1200); // one more poll round: duplicates would show up now

        Assert.True(allAnswered, $"{questions.Count(q => bot.Server.RepliesTo(q).Count == 0)} questions unanswered");
        Assert.Equal(Users * QuestionsPerUser, questions.Count);
        Assert.All(questions, q => Assert.Single(bot.Server.RepliesTo(q)));
        Assert.Equal(Users * QuestionsPerUser + 1, answers.Requests.Count);
        var latencies = questions.Select(q => (bot.Server.RepliesTo(q)[0].ReceivedAt - q.ReceivedAt).TotalMilliseconds).Order().ToList();
        var p50 = Percentile(latencies, 0.50);
        var p95 = Percentile(latencies, 0.95);
        output.WriteLine($"Telegram load: {questions.Count} questions from {Users} users answered exactly once in {elapsed.TotalSeconds:0.00} s; " +
                         $"latency p50 {p50:0} ms, p95 {p95:0} ms, max {latencies[^1]:0} ms (answer service 10 ms per question, long polling on loopback)");
        Assert.True(p95 < 20_000, $"p95 {p95:0} ms");
    }

    private static double Percentile(IReadOnlyList<double> sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];
}

using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Answers.Operations;
using ChatBot.Telegram.Tests.FakeBotApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Telegram.Tests.EndToEnd;

/// <summary>Several bot processes behind one webhook address: each update is answered by one of them.</summary>
public sealed class ScaleOutTests
{
    private const string Secret = "webhook-secret_0123456789";

    [Fact]
    public async Task An_update_delivered_to_two_processes_sharing_claims_is_answered_once()
    {
        var shared = new RecentUpdateClaims();
        await using var first = await TelegramBotHarness.CreateAsync();
        await using var second = TelegramBotHarness.SharingServerWith(first);
        var user = first.Server.AddUser(7101, "Sam");
        var chat = first.Server.AddPrivateChat(user);
        var endpointA = await StartWebhookAsync(first, s => s.AddSingleton<IUpdateClaims>(shared));
        var endpointB = await StartWebhookAsync(second, s => s.AddSingleton<IUpdateClaims>(shared));
        var question = first.Server.UserSends(chat, user, "Wat zegt de VVD over leges?");
        var update = MessageUpdate(42, question, chat, user);
        using var http = new HttpClient();

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(http, endpointA, update)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(http, endpointB, update)).StatusCode);
        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => first.Server.RepliesTo(question).Count == 1));
        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => Claimed(first) || Claimed(second)));

        Assert.Single(first.Server.RepliesTo(question));
        Assert.Equal(1, first.Answers.Requests.Count + second.Answers.Requests.Count);
    }

    [Fact]
    public async Task Callback_and_inline_updates_already_claimed_are_skipped()
    {
        var claims = new RecentUpdateClaims();
        await using var bot = await TelegramBotHarness.CreateAsync();
        var user = bot.Server.AddUser(7102, "Kim");
        var endpoint = await StartWebhookAsync(bot, s => s.AddSingleton<IUpdateClaims>(claims));
        // Another process took update 77 already.
        Assert.True(await claims.TryClaimAsync("telegram", "77", CancellationToken.None));
        var inline = new JsonObject
        {
            ["update_id"] = 77,
            ["inline_query"] = new JsonObject { ["id"] = "iq-77", ["from"] = user.ToJson(), ["query"] = "leges", ["offset"] = string.Empty },
        }.ToJsonString();
        var fresh = new JsonObject
        {
            ["update_id"] = 78,
            ["inline_query"] = new JsonObject { ["id"] = "iq-78", ["from"] = user.ToJson(), ["query"] = "leges", ["offset"] = string.Empty },
        }.ToJsonString();
        using var http = new HttpClient();

        await PostAsync(http, endpoint, inline);
        await PostAsync(http, endpoint, fresh);
        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.InlineAnswers.Count == 1));
        await Task.Delay(200);

        Assert.Equal("iq-78", Assert.Single(bot.Server.InlineAnswers).InlineQueryId);
        Assert.Contains(bot.Logs.Lines, l => l.Contains("Telegram update 77 skipped: already claimed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_question_in_flight_at_the_stop_is_answered_after_the_restart_although_its_claim_survived()
    {
        // Claims that outlive the process, as the shared ledger's do.
        var lasting = new RecentUpdateClaims();
        await using var bot = await TelegramBotHarness.CreateAsync();
        bot.Server.RetainConfirmedUpdates = true;
        var user = bot.Server.AddUser(7103, "Noor");
        var chat = bot.Server.AddPrivateChat(user);
        var slow = new ChatBot.Telegram.Tests.Fakes.FakeAnswerService(TimeSpan.FromSeconds(30));
        await bot.StartAsync(answers: slow, services: s => s.AddSingleton<IUpdateClaims>(lasting));
        var question = bot.Server.UserSends(chat, user, "Een vraag die lang duurt");
        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => slow.Requests.Count == 1));
        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.Calls.Any(c => c.Method == "getUpdates" && c.Parameters["offset"]?.GetValue<int>() >= 2)));
        await bot.StopAsync();

        await bot.StartAsync(services: s => s.AddSingleton<IUpdateClaims>(lasting));

        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.RepliesTo(question).Count == 1));
        Assert.Single(bot.Answers.Requests);
    }

    [Fact]
    public async Task Polling_reports_telegram_ready_and_not_ready_when_stopped()
    {
        var readiness = new RecordingReadiness();
        await using var bot = await TelegramBotHarness.CreateAsync();

        await bot.StartAsync(services: s => s.AddSingleton<IReadinessReporter>(readiness));
        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => readiness.Last("telegram") is { Ready: true }));
        await bot.StopAsync();

        Assert.Equal(("telegram", false, "connecting"), readiness.Reports.First());
        Assert.Contains(("telegram", true, "polling"), readiness.Reports);
        Assert.Equal(("telegram", false, "stopped"), readiness.Last("telegram"));
    }

    private static bool Claimed(TelegramBotHarness bot) => bot.Logs.Lines.Any(l => l.Contains("already claimed", StringComparison.Ordinal));

    private static async Task<Uri> StartWebhookAsync(TelegramBotHarness bot, Action<IServiceCollection> services)
    {
        await bot.StartAsync(new Dictionary<string, string?>
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:Webhook:PublicUrl"] = "https://bot.example.org/telegram/webhook",
            ["Web:Urls"] = "http://127.0.0.1:0",
            ["TELEGRAM_WEBHOOK_SECRET"] = Secret,
        }, services: services);
        var service = bot.Host.Services.GetServices<IHostedService>().OfType<TelegramWebhookHostedService>().Single();
        return new Uri(await service.Listening.Task.WaitAsync(TimeSpan.FromSeconds(10)), "/telegram/webhook");
    }

    private static string MessageUpdate(int updateId, FakeMessage question, FakeChat chat, FakeUser user) => new JsonObject
    {
        ["update_id"] = updateId,
        ["message"] = new JsonObject
        {
            ["message_id"] = question.MessageId, ["date"] = 1_750_000_000, ["chat"] = chat.ToJson(), ["from"] = user.ToJson(), ["text"] = question.Text,
        },
    }.ToJsonString();

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, Uri endpoint, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
        return http.SendAsync(request);
    }

    private sealed class RecordingReadiness : IReadinessReporter
    {
        public ConcurrentQueue<(string Component, bool Ready, string Detail)> Reports { get; } = new();

        public void Report(string component, bool ready, string detail) => Reports.Enqueue((component, ready, detail));

        public (string Component, bool Ready, string Detail)? Last(string component) =>
            Reports.LastOrDefault(r => r.Component == component) is { Component: not null } last ? last : null;
    }
}

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Telegram.Tests.FakeBotApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Telegram.Tests.EndToEnd;

public sealed class WebhookTests
{
    private const string Secret = "webhook-secret_0123456789";

    [Fact]
    public async Task Webhook_accepts_updates_only_with_the_secret_token_header_and_answers_them()
    {
        await using var bot = await TelegramBotHarness.CreateAsync();
        var user = bot.Server.AddUser(7001, "Tess");
        var chat = bot.Server.AddPrivateChat(user);
        await bot.StartAsync(new Dictionary<string, string?>
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:Webhook:PublicUrl"] = "https://bot.example.org/telegram/webhook",
            ["Web:Urls"] = "http://127.0.0.1:0",
            ["TELEGRAM_WEBHOOK_SECRET"] = Secret,
        });
        var service = bot.Host.Services.GetServices<IHostedService>().OfType<TelegramWebhookHostedService>().Single();
        var endpoint = new Uri(await service.Listening.Task.WaitAsync(TimeSpan.FromSeconds(10)), "/telegram/webhook");
        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.WebhookUrl is not null));
        var setWebhook = bot.Server.Calls.Single(c => c.Method == "setWebhook");
        Assert.Equal(Secret, setWebhook.Parameters["secret_token"]!.GetValue<string>());
        // The user's message exists in the fake so the reply can point at it; Telegram would push it to the webhook.
        var question = bot.Server.UserSends(chat, user, "Wat zegt de VVD over leges?");
        var update = new JsonObject
        {
            ["update_id"] = 1,
            ["message"] = new JsonObject
            {
                ["message_id"] = question.MessageId, ["date"] = 1_750_000_000, ["chat"] = chat.ToJson(), ["from"] = user.ToJson(), ["text"] = question.Text,
            },
        }.ToJsonString();
        using var http = new HttpClient();

        var missing = await http.PostAsync(endpoint, new StringContent(update, Encoding.UTF8, "application/json"));
        var wrong = await PostAsync(http, endpoint, update, "not-the-secret-0000000");
        var right = await PostAsync(http, endpoint, update, Secret);
        var repeated = await PostAsync(http, endpoint, update, Secret);

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, repeated.StatusCode);
        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.RepliesTo(question).Count == 1));
        await Task.Delay(200);
        Assert.Single(bot.Server.RepliesTo(question));
        Assert.Single(bot.Answers.Requests);
        Assert.DoesNotContain(bot.Server.Calls, c => c.Method == "getUpdates");
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, Uri endpoint, string body, string secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        return http.SendAsync(request);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ChatBot.Telegram.Tests.FakeBotApi;

/// <summary>The fake is only worth something if it is strict: these prove it rejects what real Telegram would not know.</summary>
public sealed class FakeBotApiServerTests
{
    [Theory]
    [InlineData("sendMesage", """{"chat_id":1,"text":"x"}""", 404)]
    [InlineData("sendMessage", """{"chat_id":1,"text":"x","colour":"red"}""", 400)]
    [InlineData("sendMessage", """{"chat_id":1,"text":"x","reply_markup":{"inline_keyboard":[[{"text":"a","callback_data":"b","colour":"red"}]]}}""", 400)]
    [InlineData("sendMessage", """{"chat_id":1}""", 400)]
    [InlineData("sendMessage", """{"chat_id":1,"text":"<b>open","parse_mode":"HTML"}""", 400)]
    [InlineData("sendMessage", """{"chat_id":1,"text":"a & b","parse_mode":"HTML"}""", 400)]
    [InlineData("sendMessage", """{"chat_id":1,"text":"<blockquote expandable>ok &amp; fine</blockquote>","parse_mode":"HTML"}""", 200)]
    public async Task Requests_outside_the_bot_api_spec_or_html_rules_are_rejected(string method, string body, int expected)
    {
        await using var server = await FakeBotApiServer.StartAsync();
        server.AddPrivateChat(server.AddUser(1, "Anna"));
        using var http = new HttpClient();

        var response = await http.PostAsync(new Uri(server.BaseUrl, $"/bot{FakeBotApiServer.Token}/{method}"), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(expected, (int)response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(expected == 200, json!["ok"]!.GetValue<bool>());
        if (expected != 200)
        {
            Assert.Equal(expected, json["error_code"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task Errors_carry_retry_after_and_a_wrong_token_is_unauthorized()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        server.FailNext("getMe", 429, "Too Many Requests: retry after 3", retryAfter: 3);
        using var http = new HttpClient();

        var limited = await http.PostAsync(new Uri(server.BaseUrl, $"/bot{FakeBotApiServer.Token}/getMe"), null);
        var wrongToken = await http.PostAsync(new Uri(server.BaseUrl, "/bot1:wrong/getMe"), null);

        Assert.Equal(3, (await limited.Content.ReadFromJsonAsync<JsonObject>())!["parameters"]!["retry_after"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Unauthorized, wrongToken.StatusCode);
    }

    [Fact]
    public async Task Long_polling_waits_for_an_update_and_dates_are_in_seconds()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        var user = server.AddUser(1, "Anna");
        var chat = server.AddPrivateChat(user);
        using var http = new HttpClient();

        var poll = http.PostAsync(new Uri(server.BaseUrl, $"/bot{FakeBotApiServer.Token}/getUpdates"),
            new StringContent("""{"offset":0,"timeout":5}""", System.Text.Encoding.UTF8, "application/json"));
        await Task.Delay(200);
        Assert.False(poll.IsCompleted);
        server.UserSends(chat, user, "hallo");
        var result = (await (await poll.WaitAsync(TimeSpan.FromSeconds(5))).Content.ReadFromJsonAsync<JsonObject>())!["result"]!.AsArray();

        var date = result.Single()!["message"]!["date"]!.GetValue<long>();
        Assert.InRange(date, DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1);
    }
}

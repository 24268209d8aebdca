using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Tests.Fakes;
using ChatBot.Discord.Tests.Support;
using ChatBot.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using NSec.Cryptography;

namespace ChatBot.Discord.Tests;

public sealed class InteractionsEndpointTests : IDisposable
{
    private readonly Key _discordKey = Key.Create(SignatureAlgorithm.Ed25519);
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    private string PublicKeyHex => Convert.ToHexString(_discordKey.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    private Task<BotHarness> StartAsync() => BotHarness.StartAsync(settings: new Dictionary<string, string?>
    {
        ["Discord:InteractionsEndpointUrl"] = "https://bot.example.org",
        ["Web:Urls"] = "http://127.0.0.1:0",
        ["Discord:PublicKey"] = PublicKeyHex,
    });

    private static string Url(BotHarness bot) =>
        new Uri(bot.Host.Services.GetRequiredService<WebServer>().AddressFor(WebScope.Public), "/discord/interactions").ToString();

    private async Task<HttpResponseMessage> PostAsync(string url, JsonNode payload, Key? signWith = null)
    {
        var body = payload.ToJsonString();
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = SignatureAlgorithm.Ed25519.Sign(signWith ?? _discordKey, Encoding.UTF8.GetBytes(timestamp + body));
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Signature-Ed25519", Convert.ToHexString(signature).ToLowerInvariant());
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        return await _http.SendAsync(request);
    }

    [Fact]
    public async Task A_signed_ping_gets_a_pong()
    {
        await using var bot = await StartAsync();

        using var response = await PostAsync(Url(bot), new JsonObject { ["id"] = "1", ["application_id"] = FakeDiscord.ApplicationId, ["type"] = 1, ["token"] = "t", ["version"] = 1 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("type").GetInt32());
    }

    [Fact]
    public async Task A_request_signed_with_another_key_or_not_at_all_is_refused()
    {
        await using var bot = await StartAsync();
        using var otherKey = Key.Create(SignatureAlgorithm.Ed25519);

        using var forged = await PostAsync(Url(bot), new JsonObject { ["type"] = 1 }, otherKey);
        using var unsigned = await _http.PostAsync(Url(bot), new StringContent("""{"type":1}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
    }

    [Fact]
    public async Task A_slow_signed_slash_command_is_deferred_in_the_http_reply_and_answered_by_editing_the_original()
    {
        await using var bot = await StartAsync();
        bot.Answers.Delay = TimeSpan.FromSeconds(1);

        using var response = await PostAsync(Url(bot), DiscordEvents.SlashCommand("ask", "Wat zegt de VVD?", token: "http-token-1"));
        await Eventually.TrueAsync(() => bot.Discord.RequestsTo("PATCH", "/webhooks/").Count == 1, "the edited answer");

        Assert.Equal(5, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("type").GetInt32());
        Assert.Empty(bot.Discord.RequestsTo("POST", "/callback"));
        Assert.Contains("http-token-1", bot.Discord.RequestsTo("PATCH", "/webhooks/")[0].Path, StringComparison.Ordinal);
        RequestAssertions.AllRequestsFollowTheSpec(bot.Discord);
    }

    [Fact]
    public async Task A_pin_refusal_is_the_http_reply_itself()
    {
        await using var bot = await StartAsync();

        using var response = await PostAsync(Url(bot), DiscordEvents.Button($"pin:{ChatBot.Answers.Model.AnswerId.New()}", DiscordEvents.NextId(), permissions: 0));

        var reply = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(4, reply.GetProperty("type").GetInt32());
        Assert.Equal(64, reply.GetProperty("data").GetProperty("flags").GetInt32());
    }

    [Fact]
    public void Verification_rejects_tampered_bodies_and_malformed_signatures()
    {
        var verifier = new InteractionSignatureVerifier(PublicKeyHex);
        var body = Encoding.UTF8.GetBytes("""{"type":1}""");
        var signature = Convert.ToHexString(SignatureAlgorithm.Ed25519.Sign(_discordKey, Encoding.UTF8.GetBytes("123" + """{"type":1}""")));

        Assert.True(verifier.IsValid(signature, "123", body));
        Assert.False(verifier.IsValid(signature, "124", body));
        Assert.False(verifier.IsValid(signature, "123", Encoding.UTF8.GetBytes("""{"type":2}""")));
        Assert.False(verifier.IsValid("zz" + signature[2..], "123", body));
        Assert.False(verifier.IsValid(null, "123", body));
    }

    public void Dispose()
    {
        _discordKey.Dispose();
        _http.Dispose();
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Discord.Tests.Fakes;
using ChatBot.Discord.Tests.Support;

namespace ChatBot.Discord.Tests;

public sealed class GatewayClientTests
{
    private const string Messages = "/channels/" + FakeDiscord.ChannelId + "/messages";

    [Fact]
    public async Task Identify_carries_the_four_intents_the_configured_shard_and_our_user_agent()
    {
        await using var bot = await BotHarness.StartAsync();

        var identify = bot.Discord.Received.First(f => f.Op == 2).D;
        Assert.Equal(1 | (1 << 9) | (1 << 12) | (1 << 15), identify.GetProperty("intents").GetInt32());
        Assert.Equal("[0,1]", identify.GetProperty("shard").GetRawText());
        Assert.Equal(FakeDiscord.Token, identify.GetProperty("token").GetString());
        var connection = bot.Discord.Connections.First();
        Assert.Equal("/gateway", connection.Path);
        Assert.Contains("v=10", connection.Query, StringComparison.Ordinal);
        Assert.Contains("encoding=json", connection.Query, StringComparison.Ordinal);
        Assert.StartsWith("DiscordBot (", connection.UserAgent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_shard_comes_from_configuration()
    {
        await using var bot = await BotHarness.StartAsync(settings: new Dictionary<string, string?> { ["Discord:ShardId"] = "1", ["Discord:ShardCount"] = "2" });

        Assert.Equal("[1,2]", bot.Discord.Received.First(f => f.Op == 2).D.GetProperty("shard").GetRawText());
    }

    [Fact]
    public async Task A_configured_gateway_url_overrides_the_one_from_gateway_bot()
    {
        await using var bot = await BotHarness.StartAsync(settingsFor: d => new Dictionary<string, string?> { ["Discord:GatewayUrl"] = d.ResumeUrl });

        Assert.Equal("/resume", bot.Discord.Connections.First().Path);
        Assert.Equal(1, bot.Discord.IdentifyCount);
    }

    [Fact]
    public async Task Heartbeats_follow_the_interval_from_hello_and_carry_the_last_sequence()
    {
        await using var bot = await BotHarness.StartAsync(d => d.FirstSequence = 5);

        await Eventually.TrueAsync(() => bot.Discord.Received.Count(f => f.Op == 1) >= 3, "three heartbeats", 3_000);

        var beats = bot.Discord.Received.Where(f => f.Op == 1).ToList();
        Assert.All(beats, b => Assert.Equal(5, b.D.GetInt32()));
        Assert.Single(bot.Discord.Connections);
    }

    [Fact]
    public async Task A_resume_after_a_first_sequence_of_zero_sends_zero_not_null()
    {
        await using var bot = await BotHarness.StartAsync(d => d.FirstSequence = 0);

        await bot.Discord.DropConnectionAsync();
        await Eventually.TrueAsync(() => bot.Discord.Resumes.Count == 1, "the resume");

        var resume = bot.Discord.Resumes[0].D;
        Assert.Equal(JsonValueKind.Number, resume.GetProperty("seq").ValueKind);
        Assert.Equal(0, resume.GetProperty("seq").GetInt32());
        Assert.False(string.IsNullOrEmpty(resume.GetProperty("session_id").GetString()));
    }

    [Fact]
    public async Task Reconnect_op_7_resumes_on_the_resume_gateway_url()
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.Discord.SendOpAsync(7, null);
        await Eventually.TrueAsync(() => bot.Discord.Resumes.Count == 1, "the resume");
        await bot.Discord.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message($"<@{FakeDiscord.BotUserId}> na reconnect", mentionBot: true));
        await Eventually.TrueAsync(() => bot.Discord.RequestsTo("POST", Messages).Count == 1, "a reply on the resumed session");

        Assert.Equal("/resume", bot.Discord.Connections.Last().Path);
        Assert.Equal(1, bot.Discord.IdentifyCount);
    }

    [Fact]
    public async Task Invalid_session_that_is_resumable_resumes()
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.Discord.SendOpAsync(9, JsonValue.Create(true));
        await Eventually.TrueAsync(() => bot.Discord.Resumes.Count == 1, "the resume");

        Assert.Equal(1, bot.Discord.IdentifyCount);
    }

    [Fact]
    public async Task Invalid_session_that_is_not_resumable_identifies_afresh_after_the_wait()
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.Discord.SendOpAsync(9, JsonValue.Create(false));
        await Eventually.TrueAsync(() => bot.Discord.IdentifyCount == 2, "a second identify");
        await bot.Discord.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message($"<@{FakeDiscord.BotUserId}> nieuwe sessie", mentionBot: true));
        await Eventually.TrueAsync(() => bot.Discord.RequestsTo("POST", Messages).Count == 1, "a reply on the new session");

        Assert.Empty(bot.Discord.Resumes);
        Assert.Equal("/gateway", bot.Discord.Connections.Last().Path);
    }

    [Fact]
    public async Task A_missing_heartbeat_ack_is_treated_as_a_zombie_and_the_session_resumed()
    {
        await using var bot = await BotHarness.StartAsync(d => d.AckHeartbeatsOn = connection => connection != 1);

        await Eventually.TrueAsync(() => bot.Discord.Resumes.Count >= 1, "the resume after the zombie", 4_000);

        Assert.Equal(2, bot.Discord.Resumes[0].Connection);
        Assert.True(bot.Logs.Contains("zombie"));
        Assert.Equal(1, bot.Discord.IdentifyCount);
    }

    [Fact]
    public async Task An_ordinary_close_code_resumes()
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.Discord.CloseAsync(4000);
        await Eventually.TrueAsync(() => bot.Discord.Resumes.Count == 1, "the resume");

        Assert.Null(bot.State.FatalError);
    }

    [Fact]
    public async Task A_session_timeout_close_code_identifies_afresh()
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.Discord.CloseAsync(4009);
        await Eventually.TrueAsync(() => bot.Discord.IdentifyCount == 2, "a second identify");

        Assert.Empty(bot.Discord.Resumes);
    }

    [Fact]
    public async Task Server_errors_on_gateway_bot_at_start_are_waited_out()
    {
        await using var bot = await BotHarness.StartAsync(d => d.GatewayBotFailuresToSend = 2);

        Assert.Equal(3, bot.Discord.RequestsTo("GET", "/gateway/bot").Count);
        Assert.Null(bot.State.FatalError);
    }

    [Fact]
    public async Task An_exhausted_identify_budget_is_waited_out_before_identifying()
    {
        var started = DateTimeOffset.UtcNow;

        await using var bot = await BotHarness.StartAsync(d =>
        {
            d.SessionStartRemaining = 0;
            d.SessionStartResetAfterMs = 400;
        });

        Assert.True(DateTimeOffset.UtcNow - started >= TimeSpan.FromMilliseconds(350));
        Assert.True(bot.Logs.Contains("identify budget used up"));
        Assert.Equal(1, bot.Discord.IdentifyCount);
    }

    [Fact]
    public async Task A_malformed_event_is_skipped_and_the_connection_stays_up()
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.Discord.DispatchAsync("MESSAGE_CREATE", new JsonObject { ["id"] = "1", ["content"] = "geen auteur" });
        await bot.Discord.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message($"<@{FakeDiscord.BotUserId}> daarna", mentionBot: true));
        await Eventually.TrueAsync(() => bot.Discord.RequestsTo("POST", Messages).Count == 1, "the next reply");

        Assert.Single(bot.Discord.Connections);
    }
}

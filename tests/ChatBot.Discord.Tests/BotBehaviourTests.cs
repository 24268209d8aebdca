using Microsoft.Extensions.Logging;
using System.Text.Json;
using ChatBot.Answers.Model;
using ChatBot.Discord.Tests.Fakes;
using ChatBot.Discord.Tests.Support;
using static ChatBot.Discord.Tests.Support.RequestAssertions;

namespace ChatBot.Discord.Tests;

public sealed class BotBehaviourTests
{
    private const string Messages = "/channels/" + FakeDiscord.ChannelId + "/messages";

    [Fact]
    public async Task A_mention_with_a_question_gets_a_cited_embed_reply_that_pings_nobody()
    {
        await using var bot = await BotHarness.StartAsync();
        var question = DiscordEvents.Message($"<@{FakeDiscord.BotUserId}> Wat zegt de VVD over gezinshereniging?", mentionBot: true);

        await bot.Discord.DispatchAsync("MESSAGE_CREATE", question);
        await Eventually.TrueAsync(() => bot.Discord.RequestsTo("POST", Messages).Count == 1, "the reply");

        var body = bot.Discord.RequestsTo("POST", Messages)[0].Body!.Value;
        PingsNobody(body);
        Assert.Equal(question["id"]!.GetValue<string>(), body.GetProperty("message_reference").GetProperty("message_id").GetString());
        var embed = body.GetProperty("embeds")[0];
        var vvd = embed.GetProperty("fields").EnumerateArray().First(f => f.GetProperty("name").GetString() == "VVD").GetProperty("value").GetString()!;
        Assert.Contains("We beperken gezinshereniging tot het kerngezin & stellen eisen aan inkomen (\\< 100% WML is onvoldoende).", vvd, StringComparison.Ordinal);
        Assert.Contains("VVD, *Verkiezingsprogramma VVD 2023* (2023-10-01), sectie 4.2 Asiel", vvd, StringComparison.Ordinal);
        Assert.Contains("2023-09-15", embed.GetProperty("footer").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("Wat zegt de VVD over gezinshereniging?", Assert.Single(bot.Answers.Requests).Question);
        AllRequestsFollowTheSpec(bot.Discord);
        Assert.False(bot.Logs.Contains(FakeDiscord.Token));
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Level > Microsoft.Extensions.Logging.LogLevel.Debug && e.Message.Contains("gezinshereniging", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Everyone_in_a_question_does_not_ping_and_is_echoed_only_inside_a_code_span()
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.Discord.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message($"<@{FakeDiscord.BotUserId}> @everyone @here <@&123> wat vindt de VVD?", mentionBot: true));
        await Eventually.TrueAsync(() => bot.Discord.RequestsTo("POST", Messages).Count == 1, "the reply");

        var body = bot.Discord.RequestsTo("POST", Messages)[0].Body!.Value;
        PingsNobody(body);
        var description = body.GetProperty("embeds")[0].GetProperty("description").GetString()!;
        Assert.Contains("`@everyone @here <@&123> wat vindt de VVD?`", description, StringComparison.Ordinal);
        var outsideCodeSpans = Strings(body).Select(t => System.Text.RegularExpressions.Regex.Replace(t, "`[^`]*`", "")).ToList();
        Assert.DoesNotContain(outsideCodeSpans, t => t.Contains("@everyone", StringComparison.Ordinal) || t.Contains("@here", StringComparison.Ordinal) || System.Text.RegularExpressions.Regex.IsMatch(t, @"(?<!\\)<@&"));
        AllRequestsFollowTheSpec(bot.Discord);
    }

    [Fact]
    public async Task A_direct_message_is_answered_without_a_mention()
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.Discord.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message("Wat zegt GL-PvdA over vluchtelingen?", mentionBot: false, guildId: null));
        await Eventually.TrueAsync(() => bot.Discord.RequestsTo("POST", Messages).Count == 1, "the reply");

        Assert.Equal("discord", Assert.Single(bot.Answers.Requests).Conversation.Platform);
        AllRequestsFollowTheSpec(bot.Discord);
    }

    [Fact]
    public async Task Server_messages_without_a_mention_and_messages_from_bots_are_ignored()
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.Discord.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message("gewoon een gesprek", mentionBot: false));
        await bot.Discord.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message($"<@{FakeDiscord.BotUserId}> vraag", mentionBot: true, author: DiscordEvents.User("555", bot: true)));
        await bot.Discord.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message($"<@{FakeDiscord.BotUserId}> echte vraag", mentionBot: true));
        await Eventually.TrueAsync(() => bot.Discord.RequestsTo("POST", Messages).Count == 1, "the one reply");
        await Task.Delay(200);

        Assert.Equal("echte vraag", Assert.Single(bot.Answers.Requests).Question);
        Assert.Single(bot.Discord.RequestsTo("POST", Messages));
    }

    [Fact]
    public async Task A_slow_slash_command_is_deferred_and_then_the_original_response_is_edited_with_the_answer()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Answers.Delay = TimeSpan.FromSeconds(1); // longer than Discord:InteractionReplyWithinMs (300 ms here)

        await bot.Discord.DispatchAsync("INTERACTION_CREATE", DiscordEvents.SlashCommand("compare", "gezinshereniging", token: "slash-token-7"));
        await Eventually.TrueAsync(() => bot.Discord.RequestsTo("PATCH", "/messages/@original").Count == 1, "the edited answer");

        var requests = bot.Discord.Requests.Where(r => r.Path.Contains("slash-token-7", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, requests.Count);
        Assert.Equal("POST", requests[0].Method);
        Assert.Equal(5, requests[0].Body!.Value.GetProperty("type").GetInt32());
        Assert.Equal($"/webhooks/{FakeDiscord.ApplicationId}/slash-token-7/messages/@original", requests[1].Path);
        PingsNobody(requests[1].Body!.Value);
        Assert.True(requests[1].Body!.Value.GetProperty("embeds")[0].GetProperty("fields").GetArrayLength() >= 2);
        Assert.Equal(QuestionKind.Compare, Assert.Single(bot.Answers.Requests).Kind);
        AllRequestsFollowTheSpec(bot.Discord);
    }

    [Fact]
    public async Task Help_is_answered_at_once_and_only_to_the_asker()
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.Discord.DispatchAsync("INTERACTION_CREATE", DiscordEvents.SlashCommand("help", null, locale: "nl"));
        await Eventually.TrueAsync(() => bot.Discord.RequestsTo("POST", "/callback").Count == 1, "the help");

        var body = bot.Discord.RequestsTo("POST", "/callback")[0].Body!.Value;
        Assert.Equal(4, body.GetProperty("type").GetInt32());
        Assert.Equal(64, body.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("/vergelijk", body.GetProperty("data").GetProperty("embeds")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Empty(bot.Answers.Requests);
        AllRequestsFollowTheSpec(bot.Discord);
    }

    [Fact]
    public async Task Pin_by_a_member_with_pin_messages_pins_the_answer_and_records_it()
    {
        await using var bot = await BotHarness.StartAsync();
        var answerId = await AskAndGetAnswerIdAsync(bot);
        var messageId = DiscordEvents.NextId();

        await bot.Discord.DispatchAsync("INTERACTION_CREATE", DiscordEvents.Button($"pin:{answerId}", messageId, permissions: (1UL << 51) | (1UL << 11)));
        await Eventually.TrueAsync(() => !bot.Pins.Pins.IsEmpty, "the pin record");

        Assert.Single(bot.Discord.RequestsTo("PUT", $"/channels/{FakeDiscord.ChannelId}/messages/pins/{messageId}"));
        var pin = Assert.Single(bot.Pins.Pins);
        Assert.Equal(answerId, pin.AnswerId.ToString());
        Assert.Equal(DiscordEvents.UserId, pin.PinnedByUserId);
        Assert.Equal(messageId, pin.MessageId);
        var deferred = bot.Discord.RequestsTo("POST", "/callback").Last().Body!.Value;
        Assert.Equal(64, deferred.GetProperty("data").GetProperty("flags").GetInt32());
        AllRequestsFollowTheSpec(bot.Discord);
    }

    [Fact]
    public async Task Pin_is_allowed_for_administrators()
    {
        await using var bot = await BotHarness.StartAsync();
        var answerId = await AskAndGetAnswerIdAsync(bot);

        await bot.Discord.DispatchAsync("INTERACTION_CREATE", DiscordEvents.Button($"pin:{answerId}", DiscordEvents.NextId(), permissions: 1UL << 3));
        await Eventually.TrueAsync(() => !bot.Pins.Pins.IsEmpty, "the pin record");

        Assert.Single(bot.Discord.RequestsTo("PUT", "/messages/pins/"));
    }

    [Fact]
    public async Task Pin_is_refused_for_members_with_manage_messages_but_not_pin_messages()
    {
        await using var bot = await BotHarness.StartAsync();
        var answerId = await AskAndGetAnswerIdAsync(bot);

        // Manage Messages (1 << 13) no longer allows pinning since Discord's pin permission split.
        await bot.Discord.DispatchAsync("INTERACTION_CREATE", DiscordEvents.Button($"pin:{answerId}", DiscordEvents.NextId(), permissions: (1UL << 13) | (1UL << 11) | (1UL << 10)));
        await Eventually.TrueAsync(() => bot.Discord.RequestsTo("POST", "/callback").Count == 1, "the refusal");

        var body = bot.Discord.RequestsTo("POST", "/callback")[0].Body!.Value;
        Assert.Equal(4, body.GetProperty("type").GetInt32());
        Assert.Equal(64, body.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("Pin Messages", body.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Empty(bot.Discord.RequestsTo("PUT", "/pins/"));
        Assert.Empty(bot.Pins.Pins);
        AllRequestsFollowTheSpec(bot.Discord);
    }

    [Fact]
    public async Task More_sources_shows_every_quote_to_the_asker_only()
    {
        await using var bot = await BotHarness.StartAsync();
        var answerId = await AskAndGetAnswerIdAsync(bot);

        await bot.Discord.DispatchAsync("INTERACTION_CREATE", DiscordEvents.Button($"more:{answerId}", DiscordEvents.NextId(), permissions: 0));
        await Eventually.TrueAsync(() => bot.Discord.RequestsTo("POST", "/callback").Count == 1, "the quotes");

        var data = bot.Discord.RequestsTo("POST", "/callback")[0].Body!.Value.GetProperty("data");
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.Equal(3, data.GetProperty("embeds")[0].GetProperty("fields").GetArrayLength());
        AllRequestsFollowTheSpec(bot.Discord);
    }

    [Fact]
    public async Task More_sources_for_a_forgotten_answer_asks_to_ask_again()
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.Discord.DispatchAsync("INTERACTION_CREATE", DiscordEvents.Button($"more:{AnswerId.New()}", DiscordEvents.NextId(), permissions: 0));
        await Eventually.TrueAsync(() => bot.Discord.RequestsTo("POST", "/callback").Count == 1, "the reply");

        var data = bot.Discord.RequestsTo("POST", "/callback")[0].Body!.Value.GetProperty("data");
        Assert.Contains("no longer available", data.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
    }

    [Fact]
    public async Task A_rate_limited_asker_gets_a_friendly_refusal_and_no_answer()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Limiter.RefusedUserId = DiscordEvents.UserId;

        await bot.Discord.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message($"<@{FakeDiscord.BotUserId}> vraag", mentionBot: true));
        await Eventually.TrueAsync(() => bot.Discord.RequestsTo("POST", Messages).Count == 1, "the refusal");

        Assert.Contains("42", bot.Discord.RequestsTo("POST", Messages)[0].Body!.Value.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Empty(bot.Answers.Requests);
    }

    [Fact]
    public async Task A_rate_limited_message_route_is_waited_out_and_the_reply_sent_once()
    {
        await using var bot = await BotHarness.StartAsync(d => d.MessageRateLimitsToSend = 1);

        await bot.Discord.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message($"<@{FakeDiscord.BotUserId}> vraag", mentionBot: true));
        await Eventually.TrueAsync(() => bot.Discord.RequestsTo("POST", Messages).Count == 2, "the retried reply");
        await Task.Delay(200);

        var attempts = bot.Discord.RequestsTo("POST", Messages);
        Assert.Equal(2, attempts.Count);
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromMilliseconds(250), $"retried after {(attempts[1].At - attempts[0].At).TotalMilliseconds} ms");
        Assert.True(bot.Logs.Contains("Rate limited on POST /channels/{channel_id}/messages"));
    }

    [Fact]
    public async Task Resume_after_a_dropped_connection_loses_no_message()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.Discord.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message($"<@{FakeDiscord.BotUserId}> eerste vraag", mentionBot: true));
        await Eventually.TrueAsync(() => bot.Discord.RequestsTo("POST", Messages).Count == 1, "the first reply");

        await bot.Discord.DropConnectionAsync();
        await bot.Discord.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message($"<@{FakeDiscord.BotUserId}> tweede vraag", mentionBot: true));
        await bot.Discord.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message($"<@{FakeDiscord.BotUserId}> derde vraag", mentionBot: true));
        await Eventually.TrueAsync(() => bot.Discord.RequestsTo("POST", Messages).Count == 3, "replies to the replayed messages");
        await Task.Delay(200);

        Assert.Equal(["derde vraag", "eerste vraag", "tweede vraag"], bot.Answers.Requests.Select(r => r.Question).Order(StringComparer.Ordinal));
        Assert.Equal(1, bot.Discord.IdentifyCount);
        Assert.NotEmpty(bot.Discord.Resumes);
        Assert.Contains(bot.Discord.Connections, c => c.Path == "/resume");
    }

    [Fact]
    public async Task A_rejected_token_on_the_gateway_stops_the_host_with_a_clear_error()
    {
        await using var bot = await BotHarness.StartAsync(d => d.CloseOnIdentify = 4004, waitForReady: false);
        var lifetime = (Microsoft.Extensions.Hosting.IHostApplicationLifetime)bot.Host.Services.GetService(typeof(Microsoft.Extensions.Hosting.IHostApplicationLifetime))!;

        await Eventually.TrueAsync(() => lifetime.ApplicationStopping.IsCancellationRequested, "the host to stop");

        Assert.Contains("rejected the bot token", bot.State.FatalError, StringComparison.Ordinal);
        Assert.Contains("DISCORD_BOT_TOKEN", bot.State.FatalError, StringComparison.Ordinal);
        Assert.Contains(bot.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Critical && e.Message.Contains("4004", StringComparison.Ordinal));
        Assert.Equal(1, bot.Discord.IdentifyCount);
        Assert.False(bot.Logs.Contains(FakeDiscord.Token));
    }

    [Fact]
    public async Task A_token_refused_by_rest_stops_the_host_and_never_appears_in_logs()
    {
        const string wrong = "wrong.token-value.SECRET";
        await using var bot = await BotHarness.StartAsync(token: wrong, waitForReady: false);
        var lifetime = (Microsoft.Extensions.Hosting.IHostApplicationLifetime)bot.Host.Services.GetService(typeof(Microsoft.Extensions.Hosting.IHostApplicationLifetime))!;

        await Eventually.TrueAsync(() => lifetime.ApplicationStopping.IsCancellationRequested, "the host to stop");

        Assert.Contains("rejected the bot token", bot.State.FatalError, StringComparison.Ordinal);
        Assert.False(bot.Logs.Contains(wrong));
        Assert.False(bot.Logs.Contains("SECRET"));
    }

    [Fact]
    public async Task A_missing_message_content_intent_stops_the_host_saying_how_to_enable_it()
    {
        await using var bot = await BotHarness.StartAsync(d => d.CloseOnIdentify = 4014, waitForReady: false);

        await Eventually.TrueAsync(() => bot.State.FatalError is not null, "the fatal error");

        Assert.Contains("Message Content Intent", bot.State.FatalError, StringComparison.Ordinal);
        Assert.Contains("Privileged Gateway Intents", bot.State.FatalError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commands_are_registered_in_the_development_guild_with_dutch_localizations()
    {
        await using var bot = await BotHarness.StartAsync();

        var registration = Assert.Single(bot.Discord.RequestsTo("PUT", $"/applications/{FakeDiscord.ApplicationId}/guilds/{FakeDiscord.GuildId}/commands"));
        var commands = registration.Body!.Value.EnumerateArray().ToList();
        Assert.Equal(["ask", "compare", "check", "sources", "help"], commands.Select(c => c.GetProperty("name").GetString()));
        Assert.Equal("vraag", commands[0].GetProperty("name_localizations").GetProperty("nl").GetString());
        Assert.Equal("vergelijk", commands[1].GetProperty("name_localizations").GetProperty("nl").GetString());
        // The document list does not depend on a topic, so /sources offers none (as its README says).
        Assert.True(!commands[3].TryGetProperty("options", out var sourceOptions) || sourceOptions.GetArrayLength() == 0);
        AllRequestsFollowTheSpec(bot.Discord);
    }

    [Fact]
    public async Task A_bare_mention_gets_a_hint_instead_of_an_answer()
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.Discord.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message($"<@{FakeDiscord.BotUserId}>   ", mentionBot: true));
        await Eventually.TrueAsync(() => bot.Discord.RequestsTo("POST", Messages).Count == 1, "the hint");

        Assert.Contains("Stel je vraag", bot.Discord.RequestsTo("POST", Messages)[0].Body!.Value.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Empty(bot.Answers.Requests);
    }

    [Fact]
    public async Task A_failing_answer_gets_an_apology_and_the_next_question_is_still_answered()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Answers.ThrowOn = "kapot";

        await bot.Discord.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message($"<@{FakeDiscord.BotUserId}> kapot", mentionBot: true));
        await Eventually.TrueAsync(() => bot.Discord.RequestsTo("POST", Messages).Count == 1, "the apology");
        await bot.Discord.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message($"<@{FakeDiscord.BotUserId}> heel", mentionBot: true));
        await Eventually.TrueAsync(() => bot.Discord.RequestsTo("POST", Messages).Count == 2, "the next answer");

        Assert.Contains("Er ging iets mis", bot.Discord.RequestsTo("POST", Messages)[0].Body!.Value.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.True(bot.Discord.RequestsTo("POST", Messages)[1].Body!.Value.TryGetProperty("embeds", out _));
    }

    [Fact]
    public async Task A_bot_invited_without_pin_messages_tells_the_moderator_instead_of_trying()
    {
        await using var bot = await BotHarness.StartAsync();
        var answerId = await AskAndGetAnswerIdAsync(bot);

        // 92160: the old invite (Send, Embed Links, Manage Messages, Read History), from before the split.
        await bot.Discord.DispatchAsync("INTERACTION_CREATE", DiscordEvents.Button($"pin:{answerId}", DiscordEvents.NextId(), permissions: 1UL << 51, appPermissions: 92160));
        await Eventually.TrueAsync(() => bot.Discord.RequestsTo("POST", "/callback").Count == 1, "the explanation");

        var data = bot.Discord.RequestsTo("POST", "/callback")[0].Body!.Value.GetProperty("data");
        Assert.Contains("give the bot the Pin Messages permission", data.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.Empty(bot.Discord.RequestsTo("PUT", "/pins/"));
        Assert.Empty(bot.Pins.Pins);
    }

    [Fact]
    public async Task A_refused_edit_after_a_pin_is_one_warning_line_with_discords_code_and_no_stack_trace()
    {
        await using var bot = await BotHarness.StartAsync();
        var answerId = await AskAndGetAnswerIdAsync(bot);
        bot.Discord.RefuseResponseEdits = true;

        await bot.Discord.DispatchAsync("INTERACTION_CREATE", DiscordEvents.Button($"pin:{answerId}", DiscordEvents.NextId(), permissions: 1UL << 51));
        await Eventually.TrueAsync(() => bot.Logs.Contains("Discord refused the edit"), "the warning");

        Assert.Single(bot.Pins.Pins);
        var line = Assert.Single(bot.Logs.Entries, e => e.Message.Contains("Discord refused the edit", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Contains("code 10015: Unknown Webhook", line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public void The_invite_asks_for_send_embed_read_history_and_pin_messages_as_the_readmes_say()
    {
        const ulong expected = (1UL << 11) | (1UL << 14) | (1UL << 16) | (1UL << 51);
        Assert.Equal(expected, ChatBot.Discord.Bot.DiscordPermissions.Invite);
        Assert.Equal(0UL, ChatBot.Discord.Bot.DiscordPermissions.Invite & (1UL << 13)); // Manage Messages is not needed any more

        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "ChatBot.sln"))) root = root.Parent!;
        foreach (var readme in new[] { "README.md", "src/ChatBot.Discord/README.md" })
        {
            var text = File.ReadAllText(Path.Combine(root.FullName, readme));
            Assert.Contains(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
            Assert.DoesNotContain("permissions=92160", text, StringComparison.Ordinal);
            Assert.DoesNotContain("**92160**", text, StringComparison.Ordinal);
        }
    }

    private static async Task<string> AskAndGetAnswerIdAsync(BotHarness bot)
    {
        await bot.Discord.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message($"<@{FakeDiscord.BotUserId}> Wat zegt de VVD?", mentionBot: true));
        await Eventually.TrueAsync(() => bot.Discord.RequestsTo("POST", Messages).Count == 1, "the answer");
        var buttons = bot.Discord.RequestsTo("POST", Messages)[0].Body!.Value.GetProperty("components")[0].GetProperty("components");
        var pin = buttons.EnumerateArray().Select(b => b.GetProperty("custom_id").GetString()!).Single(id => id.StartsWith("pin:", StringComparison.Ordinal));
        return pin["pin:".Length..];
    }
}

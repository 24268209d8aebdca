using ChatBot.Discord.Tests.Fakes;
using ChatBot.Discord.Tests.Support;
using static ChatBot.Discord.Tests.Support.RequestAssertions;

namespace ChatBot.Discord.Tests;

public sealed class InteractionReplyTests
{
    private const string Messages = "/channels/" + FakeDiscord.ChannelId + "/messages";

    [Fact]
    public async Task An_answer_ready_at_once_is_the_first_response_itself_and_nothing_is_deferred()
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.Discord.DispatchAsync("INTERACTION_CREATE", DiscordEvents.SlashCommand("ask", "gezinshereniging", token: "fast-token"));
        await Eventually.TrueAsync(() => bot.Discord.RequestsTo("POST", "fast-token").Count == 1, "the reply");
        await Task.Delay(300);

        var request = Assert.Single(bot.Discord.Requests, r => r.Path.Contains("fast-token", StringComparison.Ordinal));
        Assert.Equal(4, request.Body!.Value.GetProperty("type").GetInt32());
        Assert.True(request.Body!.Value.GetProperty("data").GetProperty("embeds")[0].GetProperty("fields").GetArrayLength() >= 2);
        PingsNobody(request.Body!.Value.GetProperty("data"));
        Assert.Empty(bot.Discord.RequestsTo("PATCH", "/messages/@original"));
        AllRequestsFollowTheSpec(bot.Discord);
    }

    [Fact]
    public async Task A_refused_callback_is_logged_and_the_answer_posted_in_the_channel_saying_why()
    {
        await using var bot = await BotHarness.StartAsync(d => d.RefuseInteractionCallbacks = true);

        await bot.Discord.DispatchAsync("INTERACTION_CREATE", DiscordEvents.SlashCommand("ask", "gezinshereniging", token: "late-token"));
        await Eventually.TrueAsync(() => bot.Discord.RequestsTo("POST", Messages).Count == 1, "the answer in the channel");

        var body = bot.Discord.RequestsTo("POST", Messages)[0].Body!.Value;
        Assert.Contains($"<@{DiscordEvents.UserId}>", body.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Contains("/ask", body.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.True(body.GetProperty("embeds")[0].GetProperty("fields").GetArrayLength() >= 2);
        PingsNobody(body);
        Assert.Contains(bot.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning
                                               && e.Message.Contains("refused the response (type 4)", StringComparison.Ordinal)
                                               && e.Message.Contains("10062", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Category.StartsWith("ChatBot", StringComparison.Ordinal) && e.Message.Contains("late-token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refused_callback_where_the_bot_may_not_post_is_logged_twice_and_nothing_else_happens()
    {
        await using var bot = await BotHarness.StartAsync(d =>
        {
            d.RefuseInteractionCallbacks = true;
            d.RefuseChannelMessages = true;
        });

        await bot.Discord.DispatchAsync("INTERACTION_CREATE", DiscordEvents.SlashCommand("ask", "gezinshereniging", token: "late-token-2"));
        await Eventually.TrueAsync(() => bot.Logs.Contains("could not be posted in channel"), "the second log line");

        Assert.Contains(bot.Logs.Entries, e => e.Message.Contains("refused the response", StringComparison.Ordinal));
        Assert.Contains(bot.Logs.Entries, e => e.Message.Contains("50001", StringComparison.Ordinal));
    }
}

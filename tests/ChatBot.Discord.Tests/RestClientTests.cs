using ChatBot.Discord.Configuration;
using ChatBot.Discord.Rest;
using ChatBot.Discord.Tests.Fakes;
using ChatBot.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Tests;

public sealed class RestClientTests
{
    /// <summary>The client as AddDiscord wires it: from IHttpClientFactory with the transient-retry handler.</summary>
    private static DiscordRestClient Client(FakeDiscord discord, string token = FakeDiscord.Token)
    {
        var services = new ServiceCollection();
        services.AddHttpClient(DiscordRestClient.HttpClientName).AddDiscordRetries();
        var http = services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>().CreateClient(DiscordRestClient.HttpClientName);
        return new DiscordRestClient(http, Options.Create(new DiscordOptions { ApiBaseUrl = discord.ApiBaseUrl }), new DiscordBotToken(token),
            TimeProvider.System, NullLogger<DiscordRestClient>.Instance);
    }

    [Fact]
    public async Task A_server_error_on_an_idempotent_request_is_retried()
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.ServerErrorsToSend = 1;
        var client = Client(discord);

        await client.PinMessageAsync(FakeDiscord.ChannelId, "42", CancellationToken.None);

        Assert.Equal(2, discord.RequestsTo("PUT", "/pins/42").Count);
    }

    [Fact]
    public async Task A_server_error_on_a_message_post_is_not_retried_so_nothing_is_posted_twice()
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.ServerErrorsToSend = 1;
        var client = Client(discord);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => client.CreateMessageAsync(FakeDiscord.ChannelId, MessageDraft.Text("x"), CancellationToken.None));

        Assert.Equal(System.Net.HttpStatusCode.BadGateway, error.Status);
        Assert.Single(discord.RequestsTo("POST", "/messages"));
    }

    [Fact]
    public async Task Gateway_bot_info_includes_the_identify_budget_and_max_concurrency()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var client = Client(discord);

        var info = await client.GetGatewayBotAsync(CancellationToken.None);

        Assert.Equal(discord.GatewayUrl, info.Url);
        Assert.Equal(999, info.SessionStartLimit.Remaining);
        Assert.Equal(1, info.SessionStartLimit.MaxConcurrency);
        Assert.Equal(TimeSpan.FromHours(4), info.SessionStartLimit.ResetAfter);
    }

    [Fact]
    public async Task A_429_is_waited_out_for_retry_after_and_the_message_is_created_once()
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.MessageRateLimitsToSend = 2;
        discord.RetryAfterSeconds = 0.2;
        var client = Client(discord);

        var id = await client.CreateMessageAsync(FakeDiscord.ChannelId, MessageDraft.Text("hallo"), CancellationToken.None);

        var attempts = discord.RequestsTo("POST", "/messages");
        Assert.Equal(3, attempts.Count);
        Assert.True(attempts[2].At - attempts[0].At >= TimeSpan.FromMilliseconds(350));
        Assert.False(string.IsNullOrEmpty(id));
        RequestAssertions.AllRequestsFollowTheSpec(discord);
    }

    [Fact]
    public async Task A_bucket_with_requests_left_sends_at_once()
    {
        await using var discord = await FakeDiscord.StartAsync();
        // A client that waited for the reset would take 30 s; the bound below leaves room for a busy machine.
        discord.BucketResetAfterSeconds = 30;
        var client = Client(discord);
        await client.CreateMessageAsync(FakeDiscord.ChannelId, MessageDraft.Text("een"), CancellationToken.None);

        var started = DateTimeOffset.UtcNow;
        await client.CreateMessageAsync(FakeDiscord.ChannelId, MessageDraft.Text("twee"), CancellationToken.None);

        Assert.True(DateTimeOffset.UtcNow - started < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task An_exhausted_bucket_is_waited_out_before_the_next_request_instead_of_hitting_a_429()
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.BucketRemaining = 0;
        discord.BucketResetAfterSeconds = 0.3;
        var client = Client(discord);
        await client.CreateMessageAsync(FakeDiscord.ChannelId, MessageDraft.Text("een"), CancellationToken.None);

        await client.CreateMessageAsync(FakeDiscord.ChannelId, MessageDraft.Text("twee"), CancellationToken.None);

        var sent = discord.RequestsTo("POST", "/messages");
        Assert.Equal(2, sent.Count);
        Assert.True(sent[1].At - sent[0].At >= TimeSpan.FromMilliseconds(250), $"waited {(sent[1].At - sent[0].At).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Every_message_says_nobody_may_be_pinged()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var client = Client(discord);

        await client.CreateMessageAsync(FakeDiscord.ChannelId, MessageDraft.Text("@everyone kijk"), CancellationToken.None);
        await client.EditOriginalResponseAsync(FakeDiscord.ApplicationId, "tok", MessageDraft.Text("@here"), CancellationToken.None);
        await client.CreateFollowupMessageAsync(FakeDiscord.ApplicationId, "tok", MessageDraft.Text("<@&1>"), CancellationToken.None);
        await client.CreateInteractionResponseAsync("123", "tok", InteractionResponse.Message(MessageDraft.Text("x", ephemeral: true)), CancellationToken.None);

        Assert.Equal(4, discord.Requests.Count);
        RequestAssertions.PingsNobody(discord.Requests.ElementAt(0).Body!.Value);
        RequestAssertions.PingsNobody(discord.Requests.ElementAt(1).Body!.Value);
        RequestAssertions.PingsNobody(discord.Requests.ElementAt(2).Body!.Value);
        RequestAssertions.PingsNobody(discord.Requests.ElementAt(3).Body!.Value.GetProperty("data"));
        RequestAssertions.AllRequestsFollowTheSpec(discord);
    }

    [Fact]
    public async Task Global_commands_are_overwritten_at_the_application_route()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var client = Client(discord);

        await client.BulkOverwriteCommandsAsync(FakeDiscord.ApplicationId, null, ChatBot.Discord.Bot.SlashCommands.All, CancellationToken.None);

        Assert.Single(discord.RequestsTo("PUT", $"/applications/{FakeDiscord.ApplicationId}/commands"));
        RequestAssertions.AllRequestsFollowTheSpec(discord);
    }

    [Fact]
    public async Task A_refused_token_raises_an_error_that_holds_neither_token_nor_interaction_token()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var client = Client(discord, "bad.token.SECRET");

        var error = await Assert.ThrowsAsync<DiscordRestException>(() =>
            client.EditOriginalResponseAsync(FakeDiscord.ApplicationId, "interaction-token-SECRET2", MessageDraft.Text("x"), CancellationToken.None));

        Assert.True(error.IsUnauthorized);
        Assert.DoesNotContain("SECRET", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("/webhooks/{webhook_id}/{webhook_token}/messages/@original", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejected_request_names_the_field_paths_from_discords_errors_object()
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.CommandRejectionsToSend = 1;
        var client = Client(discord);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() =>
            client.BulkOverwriteCommandsAsync(FakeDiscord.ApplicationId, FakeDiscord.GuildId, ChatBot.Discord.Bot.SlashCommands.All, CancellationToken.None));

        Assert.Equal(50035, error.DiscordCode);
        Assert.Equal(["0.options.0.name_localizations: additionalProperty (Additional property nl is not allowed)"], error.FieldErrors);
        Assert.Contains("errors: 0.options.0.name_localizations: additionalProperty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ids_that_are_not_snowflakes_never_reach_a_path()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var client = Client(discord);

        await Assert.ThrowsAsync<ArgumentException>(() => client.PinMessageAsync("../../users/@me", "1", CancellationToken.None));

        Assert.Empty(discord.Requests);
    }

    [Fact]
    public void The_token_hides_itself_from_string_formatting()
    {
        var token = new DiscordBotToken("abc.def.ghi");

        Assert.DoesNotContain("abc", $"{token}", StringComparison.Ordinal);
        Assert.True(token.IsPresent);
        Assert.False(new DiscordBotToken("  ").IsPresent);
    }
}

using ChatBot.Discord.Bot;
using ChatBot.Discord.Tests.Fakes;
using ChatBot.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Tests;

public sealed class DiscordOptionsTests
{
    private static async Task<OptionsValidationException> StartFailsAsync(string token, Dictionary<string, string?> settings)
    {
        await using var discord = await FakeDiscord.StartAsync();
        using var logs = new CapturingLoggerProvider();
        using var host = ((HostApplicationBuilder)BotHarness.Builder(discord, logs, token, settings)).Build();
        return await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }

    [Fact]
    public async Task An_enabled_bot_without_a_token_does_not_start_and_names_the_environment_variable()
    {
        var error = await StartFailsAsync("", []);

        Assert.Contains("DISCORD_BOT_TOKEN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_enabled_bot_without_an_application_id_does_not_start_and_names_the_key()
    {
        var error = await StartFailsAsync(FakeDiscord.Token, new() { ["Discord:ApplicationId"] = "" });

        Assert.Contains("Discord:ApplicationId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shard_outside_the_shard_count_does_not_start()
    {
        var error = await StartFailsAsync(FakeDiscord.Token, new() { ["Discord:ShardId"] = "2", ["Discord:ShardCount"] = "2" });

        Assert.Contains("Discord:ShardId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gateway_url_that_is_not_a_websocket_does_not_start()
    {
        var error = await StartFailsAsync(FakeDiscord.Token, new() { ["Discord:GatewayUrl"] = "http://example.org" });

        Assert.Contains("Discord:GatewayUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_disabled_bot_registers_no_connection()
    {
        await using var discord = await FakeDiscord.StartAsync();
        using var logs = new CapturingLoggerProvider();
        using var host = ((HostApplicationBuilder)BotHarness.Builder(discord, logs, "", new Dictionary<string, string?> { ["Discord:Enabled"] = "false" })).Build();

        await host.StartAsync();
        await host.StopAsync();

        Assert.Null(host.Services.GetService<DiscordBotState>());
        Assert.Empty(discord.Requests);
    }
}

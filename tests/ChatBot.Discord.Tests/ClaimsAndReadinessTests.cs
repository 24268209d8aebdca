using System.Collections.Concurrent;
using ChatBot.Answers.Operations;
using ChatBot.Discord.Tests.Fakes;
using ChatBot.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Discord.Tests;

public sealed class ClaimsAndReadinessTests
{
    private const string Messages = "/channels/" + FakeDiscord.ChannelId + "/messages";

    [Fact]
    public async Task A_message_delivered_twice_is_answered_once()
    {
        await using var bot = await BotHarness.StartAsync();
        var question = DiscordEvents.Message($"<@{FakeDiscord.BotUserId}> Wat zegt de VVD over gezinshereniging?", mentionBot: true);

        await bot.Discord.DispatchAsync("MESSAGE_CREATE", question);
        await bot.Discord.DispatchAsync("MESSAGE_CREATE", question.DeepClone());
        await Eventually.TrueAsync(() => bot.Discord.RequestsTo("POST", Messages).Count == 1, "the reply");
        await Eventually.TrueAsync(() => bot.Logs.Contains("already claimed"), "the duplicate to be skipped");

        Assert.Single(bot.Discord.RequestsTo("POST", Messages));
        Assert.Single(bot.Answers.Requests);
    }

    [Fact]
    public async Task An_interaction_delivered_twice_is_answered_once()
    {
        await using var bot = await BotHarness.StartAsync();
        var command = DiscordEvents.SlashCommand("ask", "gezinshereniging", token: "slash-token-dup");

        await bot.Discord.DispatchAsync("INTERACTION_CREATE", command);
        await bot.Discord.DispatchAsync("INTERACTION_CREATE", command.DeepClone());
        await Eventually.TrueAsync(() => bot.Discord.RequestsTo("POST", "slash-token-dup").Count == 1, "the answer");
        await Eventually.TrueAsync(() => bot.Logs.Contains("already claimed"), "the duplicate to be skipped");

        Assert.Single(bot.Discord.Requests, r => r.Method == "POST" && r.Path.Contains("slash-token-dup", StringComparison.Ordinal));
        Assert.Single(bot.Answers.Requests);
    }

    [Fact]
    public async Task Two_processes_sharing_claims_answer_a_message_once()
    {
        var shared = new RecentUpdateClaims();
        await using var discord = await FakeDiscord.StartAsync();
        using var logsA = new CapturingLoggerProvider();
        using var logsB = new CapturingLoggerProvider();
        using var a = Build(discord, logsA, s => s.AddSingleton<IUpdateClaims>(shared));
        using var b = Build(discord, logsB, s => s.AddSingleton<IUpdateClaims>(shared));
        var question = DiscordEvents.Message($"<@{FakeDiscord.BotUserId}> Wat zegt D66 over leges?", mentionBot: true);

        // One fake gateway serves one connection at a time: each process gets the same message on its session.
        await a.StartAsync();
        await Eventually.TrueAsync(() => a.Services.GetRequiredService<ChatBot.Discord.Bot.DiscordBotState>().IsReady, "process A ready");
        await discord.DispatchAsync("MESSAGE_CREATE", question);
        await Eventually.TrueAsync(() => discord.RequestsTo("POST", Messages).Count == 1, "the reply from A");
        await StopAsync(a);
        await b.StartAsync();
        await Eventually.TrueAsync(() => b.Services.GetRequiredService<ChatBot.Discord.Bot.DiscordBotState>().IsReady, "process B ready");
        await discord.DispatchAsync("MESSAGE_CREATE", question.DeepClone());
        await Eventually.TrueAsync(() => logsB.Contains("already claimed"), "process B to skip the message");
        await StopAsync(b);

        Assert.Single(discord.RequestsTo("POST", Messages));
    }

    [Fact]
    public async Task Readiness_is_reported_on_ready_lost_on_a_dropped_connection_and_regained_on_resume()
    {
        var readiness = new RecordingReadiness();
        await using var discord = await FakeDiscord.StartAsync();
        using var logs = new CapturingLoggerProvider();
        using var host = Build(discord, logs, s => s.AddSingleton<IReadinessReporter>(readiness));

        await host.StartAsync();
        await Eventually.TrueAsync(() => readiness.Last("discord") is { Ready: true }, "discord ready");
        await discord.DropConnectionAsync();
        await Eventually.TrueAsync(() => readiness.Reports.Any(r => r is { Component: "discord", Ready: false, Detail: "disconnected; reconnecting" }), "discord not ready");
        await Eventually.TrueAsync(() => discord.Resumes.Count == 1 && readiness.Last("discord") is { Ready: true }, "discord ready again after RESUMED");
        await StopAsync(host);

        Assert.Equal(("discord", false, "connecting"), readiness.Reports.First(r => r.Component == "discord"));
        Assert.Equal(("discord", false, "stopped"), readiness.Last("discord"));
    }

    [Fact]
    public async Task A_rejected_command_registration_is_retried_with_backoff_shown_in_readiness_and_names_the_field()
    {
        var readiness = new RecordingReadiness();
        await using var discord = await FakeDiscord.StartAsync();
        discord.CommandRejectionsToSend = 2;
        using var logs = new CapturingLoggerProvider();
        using var host = Build(discord, logs, s => s.AddSingleton<IReadinessReporter>(readiness));

        await host.StartAsync();
        await Eventually.TrueAsync(() => readiness.Last("discord-commands") is { Ready: true }, "the commands registered at the third attempt");
        await StopAsync(host);

        Assert.Equal(3, discord.RequestsTo("PUT", "/commands").Count);
        var failures = readiness.Reports.Where(r => r is { Component: "discord-commands", Ready: false } && r.Detail.StartsWith("not registered", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, failures.Count);
        Assert.Contains("retrying in", failures[0].Detail, StringComparison.Ordinal);
        Assert.Contains("0.options.0.name_localizations: additionalProperty", failures[0].Detail, StringComparison.Ordinal);
        Assert.Contains(logs.Entries, e => e.Message.Contains("attempt 2", StringComparison.Ordinal) && e.Message.Contains("name_localizations: additionalProperty", StringComparison.Ordinal));
        Assert.Equal(("discord-commands", true, "5 commands registered (guild " + FakeDiscord.GuildId + ")"), readiness.Last("discord-commands"));
    }

    private static IHost Build(FakeDiscord discord, CapturingLoggerProvider logs, Action<IServiceCollection> services)
    {
        var builder = (HostApplicationBuilder)BotHarness.Builder(discord, logs);
        services(builder.Services);
        return builder.Build();
    }

    private static async Task StopAsync(IHost host)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await host.StopAsync(timeout.Token);
    }

    private sealed class RecordingReadiness : IReadinessReporter
    {
        public ConcurrentQueue<(string Component, bool Ready, string Detail)> Reports { get; } = new();

        public void Report(string component, bool ready, string detail) => Reports.Enqueue((component, ready, detail));

        public (string Component, bool Ready, string Detail)? Last(string component) =>
            Reports.LastOrDefault(r => r.Component == component) is { Component: not null } last ? last : null;
    }
}

using ChatBot.Answers;
using ChatBot.Answers.Operations;
using ChatBot.Discord.Bot;
using ChatBot.Discord.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Tests.Support;

/// <summary>The real host with AddDiscord(), talking to the fake Discord; answers, pins and limits are fakes.</summary>
public sealed class BotHarness : IAsyncDisposable
{
    private BotHarness(FakeDiscord discord, IHost host, CapturingLoggerProvider logs)
    {
        Discord = discord;
        Host = host;
        Logs = logs;
    }

    public FakeDiscord Discord { get; }
    public IHost Host { get; }
    public CapturingLoggerProvider Logs { get; }
    public FakeAnswerService Answers => (FakeAnswerService)Host.Services.GetRequiredService<IAnswerService>();
    public FakePinLog Pins => (FakePinLog)Host.Services.GetRequiredService<IPinLog>();
    public FakeRateLimiter Limiter => (FakeRateLimiter)Host.Services.GetRequiredService<IAskerRateLimiter>();
    public DiscordBotState State => Host.Services.GetRequiredService<DiscordBotState>();

    public static IHostApplicationBuilder Builder(FakeDiscord discord, CapturingLoggerProvider logs, string token = FakeDiscord.Token, IDictionary<string, string?>? extra = null, bool realAnswers = false)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Test" });
        var settings = new Dictionary<string, string?>
        {
            ["Discord:Enabled"] = "true",
            ["Discord:ApplicationId"] = FakeDiscord.ApplicationId,
            ["Discord:GuildId"] = FakeDiscord.GuildId,
            ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
            ["Discord:InvalidSessionMinDelayMs"] = "10",
            ["Discord:InvalidSessionMaxDelayMs"] = "50",
            ["Discord:ReconnectDelayMs"] = "20",
            ["Discord:ReconnectMaxDelayMs"] = "200",
            ["Discord:IdentifyWindowMs"] = "0",
            // Answers slower than this are deferred; FakeAnswerService.Delay makes one slow.
            ["Discord:InteractionReplyWithinMs"] = "300",
            ["DISCORD_BOT_TOKEN"] = token,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Logging.AddProvider(logs);
        builder.Services.AddSingleton<IPinLog, FakePinLog>();
        if (realAnswers)
        {
            // The extractive answer service over the repository's seed documents.
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Corpus:Folder"] = SeedsFolder(),
                ["Corpus:WatchForChanges"] = "false",
            });
            builder.AddAnswers();
        }
        else
        {
            builder.Services.AddSingleton<IAnswerService, FakeAnswerService>();
            builder.Services.AddSingleton<IAskerRateLimiter, FakeRateLimiter>();
        }

        builder.AddDiscord();
        return builder;
    }

    public static string SeedsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "seeds", "manifest.json")))
            {
                return Path.Combine(dir.FullName, "seeds");
            }
        }

        throw new DirectoryNotFoundException("No seeds/manifest.json above the test output folder.");
    }

    public static async Task<BotHarness> StartAsync(Action<FakeDiscord>? arrange = null, string token = FakeDiscord.Token, bool waitForReady = true, IDictionary<string, string?>? settings = null,
        Func<FakeDiscord, IDictionary<string, string?>>? settingsFor = null, bool realAnswers = false)
    {
        var discord = await FakeDiscord.StartAsync();
        arrange?.Invoke(discord);
        settings = settingsFor?.Invoke(discord) ?? settings;
        var logs = new CapturingLoggerProvider();
        var host = ((HostApplicationBuilder)Builder(discord, logs, token, settings, realAnswers)).Build();
        await host.StartAsync();
        var harness = new BotHarness(discord, host, logs);
        if (waitForReady)
        {
            await Eventually.TrueAsync(() => harness.State.IsReady, "the bot to receive READY");
        }

        return harness;
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await Host.StopAsync(timeout.Token);
        Host.Dispose();
        await Discord.DisposeAsync();
        Logs.Dispose();
    }
}

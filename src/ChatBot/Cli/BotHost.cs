using ChatBot.Host.Chat;
using ChatBot.Discord;
using ChatBot.Llm;
using ChatBot.Operations.Hosting;
using ChatBot.Telegram;
using ChatBot.Answers;
using ChatBot.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Polly.Telemetry;

namespace ChatBot.Host.Cli;

/// <summary>Builds the generic host: configuration from the root appsettings.json and the environment, one AddX per feature.</summary>
internal static class BotHost
{
    public static HostApplicationBuilder CreateBuilder(string[] args, bool quiet)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = ContentRoot.Find(),
        });
        // Logs go to stderr: stdout belongs to answers (JSON Lines for the evaluation).
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.ColorBehavior = LogColors.ForThisProcess();
        });
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        if (quiet)
        {
            // Beats appsettings' Information default: `ask` prints only answers and warnings.
            builder.Configuration.AddInMemoryCollection([new("Logging:LogLevel:Default", "Warning"), new("Logging:LogLevel:Microsoft", "Warning")]);
        }

        // Polly's own events (each with the exception and its stack trace) only at Debug: the adapters log one line
        // per retry with the attempt and the next delay.
        builder.Services.Configure<TelemetryOptions>(o => o.SeverityProvider = _ => ResilienceEventSeverity.Debug);
        builder.Services.AddSystemd(); // sd_notify ready/stopping under systemd; does nothing elsewhere
        builder.AddAnswers();
        builder.AddLlmMode();
        builder.AddCitationLinks();   // a link per citation (source page or text fragment), whatever made the answer
        return builder;
    }

    /// <summary>The full bot: chat platforms when configured, otherwise a console chat.</summary>
    public static IHost CreateBot(string[] args)
    {
        var builder = CreateBuilder(args, quiet: false);
        builder.AddCorpusWatcher();
        builder.AddOperations();      // audit decorator outside the answer service; flushed after the adapters stop
        builder.AddHealthEndpoint();   // management routes of the one web app (Web:ManagementUrls)
        builder.AddSourcePages();      // public routes: /sources (Web:Urls)
        builder.AddTelegram();
        builder.AddDiscord();
        builder.AddConsoleChatWhenNoPlatform();
        return builder.Build();
    }

    /// <summary>
    /// Runs the start-time validation of every option (ValidateOnStart) and loads the corpus, so that a bad setting
    /// throws here — before the host starts and logs it with a stack trace.
    /// </summary>
    public static void CheckBeforeStart(IHost host)
    {
        host.Services.GetService<Microsoft.Extensions.Options.IStartupValidator>()?.Validate();
        _ = host.Services.GetRequiredService<Answers.Corpus.ICorpusProvider>().Current;
    }

    /// <summary>
    /// Every verb validates every section, as the README promises: `ask`, `audit` and `bench` build the full bot's
    /// registrations (nothing is started) and run their start-time validation, so a bad Telegram, Discord or Metrics
    /// setting is reported the same way whichever verb meets it first.
    /// </summary>
    public static void CheckEverySection()
    {
        using var host = CreateBot([]);
        host.Services.GetService<Microsoft.Extensions.Options.IStartupValidator>()?.Validate();
    }

    /// <summary>Telegram runs when its token is set (unless Telegram:Enabled is false); Discord when Discord:Enabled is true.</summary>
    public static bool HasPlatform(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["TELEGRAM_BOT_TOKEN"] ?? configuration["Telegram:BotToken"])
            && !string.Equals(configuration["Telegram:Enabled"], "false", StringComparison.OrdinalIgnoreCase)
        || string.Equals(configuration["Discord:Enabled"], "true", StringComparison.OrdinalIgnoreCase);
}

using ChatBot.Answers.Operations;
using ChatBot.Telegram.Callbacks;
using ChatBot.Telegram.Configuration;
using ChatBot.Telegram.Http;
using ChatBot.Telegram.Polling;
using ChatBot.Telegram.Rendering;
using ChatBot.Telegram.Updates;
using ChatBot.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace ChatBot.Telegram;

public static class TelegramHostingExtensions
{
    /// <summary>
    /// Adds the Telegram bot when it is wanted: Telegram:Enabled true, or not set and TELEGRAM_BOT_TOKEN present.
    /// Needs IAnswerService, IAskerRateLimiter and IPinLog from AddAnswers(); claims each update (IUpdateClaims) before
    /// answering and reports "telegram" readiness (IReadinessReporter).
    /// </summary>
    public static IHostApplicationBuilder AddTelegram(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(TelegramOptions.Section);
        var enabled = section.GetValue<bool?>(nameof(TelegramOptions.Enabled));
        var token = TelegramBotToken.FromConfiguration(builder.Configuration);
        if (enabled == false || (enabled is null && token is null))
        {
            return builder;
        }

        var services = builder.Services;
        services.AddOptions<TelegramOptions>()
            .BindConfiguration(TelegramOptions.Section)
            .PostConfigure(o => o.Webhook.SecretToken ??= builder.Configuration[TelegramWebhookEndpoint.SecretEnvironmentVariable])
            .ValidateDataAnnotations()
            .Validate(_ => token is not null, $"Telegram is enabled but no bot token is set: set the environment variable {TelegramBotToken.EnvironmentVariable}.")
            // Checked before TelegramBotClient sees it: its own check throws "Bot token invalid" with a stack trace.
            .Validate(_ => token is null || token.HasExpectedShape, TelegramBotToken.ShapeProblem)
            .ValidateOnStart();

        // Read once here for the HttpClient setup; the same values are validated on start.
        var options = section.Get<TelegramOptions>() ?? new TelegramOptions();
        services.AddTelegramHttpClient(options);
        if (token is null)
        {
            // Validation above stops the start with the reason; nothing else can work without a token.
            return builder;
        }

        services.AddSingleton(token);
        services.TryAddSingleton(TimeProvider.System);
        // AddAnswers registers these too (and AddOperations replaces them); here for hosts without it.
        services.TryAddSingleton<IUpdateClaims, RecentUpdateClaims>();
        services.TryAddSingleton<IReadinessReporter, NullReadinessReporter>();
        services.AddSingleton<SecretRedactor>();
        services.AddSingleton<ITelegramBotClient>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(TelegramHttpClientRegistration.ClientName);
            var clientOptions = new TelegramBotClientOptions(token.Value, o.BaseUrl)
            {
                RetryThreshold = o.MaxRetryAfterSeconds,
                RetryCount = o.RetryAfterAttempts,
            };
            return new TelegramBotClient(clientOptions, http);
        });
        services.AddSingleton(sp => new AnswerHtmlRenderer(sp.GetRequiredService<IOptions<TelegramOptions>>().Value.ExpandableQuoteLength));
        services.AddSingleton(sp => new AnswerCache(sp.GetRequiredService<IOptions<TelegramOptions>>().Value.AnswerCacheSize));
        services.AddSingleton<BotIdentityHolder>();
        services.AddSingleton<TelegramReplies>();
        services.AddSingleton<ShutdownGrace>();
        services.AddSingleton<MessageHandler>();
        services.AddSingleton<CallbackQueryHandler>();
        services.AddSingleton<InlineQueryHandler>();
        services.AddSingleton<TelegramUpdateDispatcher>();
        services.AddSingleton<TelegramStartup>();
        services.AddSingleton<UpdateOffsetStore>();
        services.AddSingleton<UpdateScheduler>();

        if (options.Mode == TelegramMode.Webhook)
        {
            services.AddSingleton<TelegramWebhookQueue>();
            services.AddWebRoutes("telegram webhook", WebScope.Public, (routes, sp) => routes.MapTelegramWebhook(
                options.Webhook.Path,
                sp.GetRequiredService<IOptions<TelegramOptions>>().Value.Webhook.SecretToken,
                sp.GetRequiredService<TelegramWebhookQueue>(),
                sp.GetRequiredService<SecretRedactor>(),
                sp.GetRequiredService<ILoggerFactory>().CreateLogger<TelegramWebhookHostedService>()));
            services.AddHostedService<TelegramWebhookHostedService>();
        }
        else
        {
            services.AddHostedService<TelegramPollingHostedService>();
        }

        return builder;
    }
}

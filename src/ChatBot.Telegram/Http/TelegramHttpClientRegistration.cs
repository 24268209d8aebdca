using System.Net;
using ChatBot.Telegram.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;

namespace ChatBot.Telegram.Http;

/// <summary>The HttpClient handed to TelegramBotClient: no URL logging, retries for 5xx and network errors.</summary>
internal static class TelegramHttpClientRegistration
{
    public const string ClientName = "ChatBot.Telegram";

    public static void AddTelegramHttpClient(this IServiceCollection services, TelegramOptions options)
    {
        services.AddTransient<TelegramRequestLoggingHandler>();
        var builder = services.AddHttpClient(ClientName, client =>
            {
                // Long polls hold a request open for PollingTimeoutSeconds; the client must outwait them.
                client.Timeout = TimeSpan.FromSeconds(options.PollingTimeoutSeconds + options.RequestTimeoutSeconds);
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .AddHttpMessageHandler<TelegramRequestLoggingHandler>();

        builder.AddResilienceHandler("telegram", (pipeline, context) =>
        {
            if (options.TransientRetries == 0)
            {
                return;
            }

            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.TransientRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(options.TransientRetryBaseDelayMs),
                // 429 is not retried here: Telegram.Bot waits out the retry_after from the response body itself.
                // "typing…" is cosmetic and gets one try: its retries would only hold up the answer.
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome) && !IsChatAction(args.Context.GetRequestMessage())),
                // At Debug: the caller logs one warning per attempt of its own (attempt number and next delay), so an
                // unreachable Bot API is one line per retry, not five.
                OnRetry = args =>
                {
                    var logger = context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TelegramHttpClientRegistration));
                    var redactor = context.ServiceProvider.GetService<SecretRedactor>();
                    var error = args.Outcome.Exception?.Message ?? $"{(int?)args.Outcome.Result?.StatusCode} {args.Outcome.Result?.ReasonPhrase}";
                    logger.RequestRetry(redactor?.Redact(error) ?? error, args.AttemptNumber + 1, options.TransientRetries, args.RetryDelay.TotalMilliseconds);
                    if (args.Outcome.Exception is { } exception && logger.IsEnabled(LogLevel.Debug))
                    {
                        logger.RequestRetryDetail(args.AttemptNumber + 1, new HttpRequestException(redactor?.Redact(exception) ?? exception.Message));
                    }

                    return default;
                },
            });
        });
    }

    private static bool IsChatAction(HttpRequestMessage? request) =>
        request?.RequestUri?.AbsolutePath.EndsWith("/sendChatAction", StringComparison.OrdinalIgnoreCase) == true;

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException } => true,
        { Exception: TimeoutException } => true,
        { Result: { } response } => (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout,
        _ => false,
    };
}

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;

namespace ChatBot.Discord.Rest;

/// <summary>
/// Transient failures (network errors, 500/502/503/504) are retried by Http.Resilience, but only for idempotent
/// requests: a retried POST could post an answer twice. 429 is not handled here — the rate limiter waits it out
/// with Discord's own retry_after and bucket headers.
/// </summary>
internal static partial class DiscordHttpResilience
{
    private const int MaxRetries = 3;

    public static IHttpClientBuilder AddDiscordRetries(this IHttpClientBuilder builder)
    {
        builder.AddResilienceHandler("discord-transient", (pipeline, context) => pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = MaxRetries,
            Delay = TimeSpan.FromMilliseconds(200),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldHandle = args => ValueTask.FromResult(IsIdempotent(args.Context.GetRequestMessage()?.Method) && IsTransient(args.Outcome)),
            // One line per retry with the attempt and the next delay; the exception (stack trace) only at Debug.
            OnRetry = args =>
            {
                var logger = context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DiscordHttpResilience));
                var error = args.Outcome.Exception?.Message ?? $"{(int?)args.Outcome.Result?.StatusCode} {args.Outcome.Result?.ReasonPhrase}";
                LogRetry(logger, error, args.AttemptNumber + 1, MaxRetries, args.RetryDelay.TotalMilliseconds);
                if (args.Outcome.Exception is { } exception)
                {
                    LogRetryDetail(logger, args.AttemptNumber + 1, exception);
                }

                return default;
            },
        }));
        return builder;
    }

    private static bool IsIdempotent(HttpMethod? method) =>
        method == HttpMethod.Get || method == HttpMethod.Put || method == HttpMethod.Patch || method == HttpMethod.Delete;

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException
        || outcome.Result?.StatusCode is HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    [LoggerMessage(EventId = 4203, Level = LogLevel.Warning, Message = "Discord REST request failed ({Error}); retry {Attempt} of {MaxAttempts} in {DelayMs:0} ms")]
    private static partial void LogRetry(ILogger logger, string error, int attempt, int maxAttempts, double delayMs);

    [LoggerMessage(EventId = 4204, Level = LogLevel.Debug, Message = "Discord REST request failure before retry {Attempt}")]
    private static partial void LogRetryDetail(ILogger logger, int attempt, Exception exception);
}

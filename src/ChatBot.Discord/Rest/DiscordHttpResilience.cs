using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace ChatBot.Discord.Rest;

/// <summary>
/// Transient failures (network errors, 500/502/503/504) are retried by Http.Resilience, but only for idempotent
/// requests: a retried POST could post an answer twice. 429 is not handled here — the rate limiter waits it out
/// with Discord's own retry_after and bucket headers.
/// </summary>
internal static class DiscordHttpResilience
{
    public static IHttpClientBuilder AddDiscordRetries(this IHttpClientBuilder builder)
    {
        builder.AddResilienceHandler("discord-transient", pipeline => pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = 3,
            Delay = TimeSpan.FromMilliseconds(200),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldHandle = args => ValueTask.FromResult(IsIdempotent(args.Context.GetRequestMessage()?.Method) && IsTransient(args.Outcome)),
        }));
        return builder;
    }

    private static bool IsIdempotent(HttpMethod? method) =>
        method == HttpMethod.Get || method == HttpMethod.Put || method == HttpMethod.Patch || method == HttpMethod.Delete;

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException
        || outcome.Result?.StatusCode is HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
}

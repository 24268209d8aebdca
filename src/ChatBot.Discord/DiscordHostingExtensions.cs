using ChatBot.Answers.Operations;
using ChatBot.Discord.Bot;
using ChatBot.Discord.Configuration;
using ChatBot.Discord.Gateway;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Rest;
using ChatBot.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord;

public static class DiscordHostingExtensions
{
    /// <summary>
    /// The Discord bot (section "Discord", token from DISCORD_BOT_TOKEN). Needs IAnswerService, IAskerRateLimiter and
    /// IPinLog from AddAnswers(); claims messages and interactions (IUpdateClaims) and reports "discord" readiness
    /// (IReadinessReporter). Does nothing but validate options when Discord:Enabled is false.
    /// </summary>
    public static IHostApplicationBuilder AddDiscord(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DiscordOptions>()
            .BindConfiguration(DiscordOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(new DiscordBotToken(builder.Configuration[DiscordBotToken.EnvironmentVariable]));
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>();

        if (!builder.Configuration.GetValue<bool>($"{DiscordOptions.Section}:{nameof(DiscordOptions.Enabled)}"))
        {
            if (!string.IsNullOrWhiteSpace(builder.Configuration[DiscordBotToken.EnvironmentVariable]))
            {
                services.AddHostedService<DiscordDisabledNotice>();
            }

            return builder;
        }

        services.TryAddSingleton(TimeProvider.System);
        // AddAnswers registers these too (and AddOperations replaces them); here for hosts without it.
        services.TryAddSingleton<IUpdateClaims, RecentUpdateClaims>();
        services.TryAddSingleton<IReadinessReporter, NullReadinessReporter>();
        // One client for the process: its rate-limit state must be shared. The handler is never recycled, so the
        // pooled connections are renewed instead (DNS changes are picked up).
        services.AddHttpClient(DiscordRestClient.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddDiscordRetries();
        services.TryAddSingleton<IDiscordRest>(sp => ActivatorUtilities.CreateInstance<DiscordRestClient>(sp,
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(DiscordRestClient.HttpClientName)));
        services.TryAddSingleton<IDiscordGateway, DiscordGatewayClient>();
        services.TryAddSingleton<DiscordBotState>();
        services.TryAddSingleton<AnswerCache>();
        services.TryAddSingleton<QuestionAsker>();
        services.TryAddSingleton<MessageHandler>();
        services.TryAddSingleton<InteractionHandler>();
        services.AddHostedService<DiscordBotHostedService>();

        if (!string.IsNullOrWhiteSpace(builder.Configuration[$"{DiscordOptions.Section}:{nameof(DiscordOptions.InteractionsEndpointUrl)}"]))
        {
            services.TryAddSingleton<DiscordInteractionsEndpoint>();
            var path = builder.Configuration[$"{DiscordOptions.Section}:{nameof(DiscordOptions.InteractionsPath)}"] is { Length: > 0 } p ? p : new DiscordOptions().InteractionsPath;
            services.AddWebRoutes("discord interactions", WebScope.Public,
                (routes, sp) => routes.MapDiscordInteractions(path, sp.GetRequiredService<DiscordInteractionsEndpoint>()));
        }

        return builder;
    }
}

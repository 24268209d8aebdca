using ChatBot.Host.Cli;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Host.Chat;

internal static class ConsoleChatExtensions
{
    /// <summary>With no chat platform configured, a newcomer talks to the bot in the terminal.</summary>
    public static IHostApplicationBuilder AddConsoleChatWhenNoPlatform(this IHostApplicationBuilder builder)
    {
        if (!BotHost.HasPlatform(builder.Configuration))
        {
            builder.Services.AddHostedService<ConsoleChatHostedService>();
        }

        return builder;
    }
}

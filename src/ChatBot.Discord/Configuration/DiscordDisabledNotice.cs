using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Configuration;

/// <summary>
/// DISCORD_BOT_TOKEN is set but Discord:Enabled is not true: the operator most likely expects a Discord bot, so the
/// start says that none runs and how to switch it on, instead of ignoring the token silently.
/// </summary>
internal sealed partial class DiscordDisabledNotice(ILogger<DiscordDisabledNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogTokenWithoutEnabled(DiscordBotToken.EnvironmentVariable);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "{Variable} is set but Discord is not enabled, so no Discord bot runs: set Discord__Enabled=true (and Discord__ApplicationId) to run it, or unset {Variable}")]
    private partial void LogTokenWithoutEnabled(string variable);
}

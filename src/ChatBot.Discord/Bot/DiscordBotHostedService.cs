using ChatBot.Answers.Operations;
using ChatBot.Discord.Configuration;
using ChatBot.Discord.Gateway;
using ChatBot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Bot;

/// <summary>
/// One gateway connection (one shard): registers the commands, keeps the gateway running and handles its events a
/// few at a time. A failed event is logged and skipped; a refusal for good (bad token, missing intent) stops the
/// host with a clear message instead of looking healthy. Interactions are claimed by id before they are handled.
/// </summary>
internal sealed partial class DiscordBotHostedService(
    IDiscordGateway gateway,
    IDiscordRest rest,
    MessageHandler messages,
    InteractionHandler interactions,
    DiscordBotState state,
    IUpdateClaims claims,
    IOptions<DiscordOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<DiscordBotHostedService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RegisterCommandsAsync(stoppingToken).ConfigureAwait(false);
            var handling = HandleEventsAsync(stoppingToken);
            await gateway.RunAsync(stoppingToken).ConfigureAwait(false);
            await handling.ConfigureAwait(false);
        }
        catch (DiscordGatewayFatalException ex)
        {
            state.FatalError = ex.Message;
            LogFatal(ex.Message);
            lifetime.StopApplication();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutting down.
        }
    }

    private async Task RegisterCommandsAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        try
        {
            await rest.BulkOverwriteCommandsAsync(o.ApplicationId!, string.IsNullOrWhiteSpace(o.GuildId) ? null : o.GuildId, SlashCommands.All, cancellationToken).ConfigureAwait(false);
            LogCommandsRegistered(SlashCommands.All.Count, o.GuildId ?? "global");
        }
        catch (DiscordRestException ex) when (ex.IsUnauthorized)
        {
            throw new DiscordGatewayFatalException(4004, $"Discord rejected the bot token (command registration answered 401). Set a valid token in the {DiscordBotToken.EnvironmentVariable} environment variable.");
        }
        catch (Exception ex) when (ex is DiscordRestException or HttpRequestException)
        {
            // Mentions and DMs still work without commands; say so and carry on.
            LogCommandsFailed(ex.Message);
        }
    }

    private async Task HandleEventsAsync(CancellationToken stoppingToken)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrentEvents, CancellationToken = stoppingToken };
        try
        {
            await Parallel.ForEachAsync(ApplyReadyAsync(gateway.Events.ReadAllAsync(stoppingToken)), parallel, HandleOneAsync).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutting down.
        }
    }

    // READY is applied in order, before any later event is handed to a worker, so mentions are recognised.
    private async IAsyncEnumerable<GatewayEvent> ApplyReadyAsync(IAsyncEnumerable<GatewayEvent> events)
    {
        await foreach (var e in events.ConfigureAwait(false))
        {
            if (e is ReadyEvent ready)
            {
                state.BotUserId = ready.BotUserId;
                continue;
            }

            yield return e;
        }
    }

    private async ValueTask HandleOneAsync(GatewayEvent e, CancellationToken cancellationToken)
    {
        try
        {
            switch (e)
            {
                case MessageCreated message:
                    await messages.HandleAsync(message, cancellationToken).ConfigureAwait(false);
                    break;
                case InteractionCreated interaction when interaction.Kind == InteractionKind.Ping
                                                         || await claims.TryClaimAsync(QuestionAsker.Platform, "interaction:" + interaction.Id, cancellationToken).ConfigureAwait(false):
                    await interactions.HandleAsync(interaction, cancellationToken).ConfigureAwait(false);
                    break;
                case InteractionCreated interaction:
                    LogInteractionClaimedElsewhere(interaction.Id);
                    break;
                default:
                    break;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogEventFailed(e.GetType().Name, ex);
        }
    }

    [LoggerMessage(EventId = 4320, Level = LogLevel.Critical, Message = "Discord refused the bot for good; stopping: {Reason}")]
    private partial void LogFatal(string reason);

    [LoggerMessage(EventId = 4321, Level = LogLevel.Information, Message = "Registered {Count} Discord slash commands ({Scope})")]
    private partial void LogCommandsRegistered(int count, string scope);

    [LoggerMessage(EventId = 4322, Level = LogLevel.Error, Message = "Registering Discord slash commands failed: {Reason}")]
    private partial void LogCommandsFailed(string reason);

    [LoggerMessage(EventId = 4323, Level = LogLevel.Error, Message = "Handling a Discord {EventType} failed")]
    private partial void LogEventFailed(string eventType, Exception exception);

    [LoggerMessage(EventId = 4325, Level = LogLevel.Debug, Message = "Discord interaction {InteractionId} skipped: already claimed (a redelivery, or another process answers it)")]
    private partial void LogInteractionClaimedElsewhere(string interactionId);
}

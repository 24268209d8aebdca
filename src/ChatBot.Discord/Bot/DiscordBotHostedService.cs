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
    IReadinessReporter readiness,
    TimeProvider time,
    ILogger<DiscordBotHostedService> logger) : BackgroundService
{
    /// <summary>The process exit code when Discord refuses the bot for good (bad token, missing intent, bad shard).</summary>
    public const int RefusedExitCode = 3;

    /// <summary>Readiness signal of the slash-command registration (the gateway reports "discord").</summary>
    public const string CommandsReadiness = "discord-commands";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var stopOnFatal = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        try
        {
            // Registration retries in the background: mentions and DMs work while it waits for Discord.
            var registering = RegisterCommandsAsync(stopOnFatal.Token);
            var handling = HandleEventsAsync(stoppingToken);
            var connecting = gateway.RunAsync(stoppingToken);
            if (await Task.WhenAny(registering, connecting).ConfigureAwait(false) == registering)
            {
                await registering.ConfigureAwait(false); // throws when the token was rejected
            }

            await connecting.ConfigureAwait(false);
            await stopOnFatal.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(registering, handling).ConfigureAwait(false);
        }
        catch (DiscordGatewayFatalException ex)
        {
            state.FatalError = ex.Message;
            LogFatal(ex.Message);
            // Not a clean stop: the process ends with a failure code (systemd, Docker and scripts see it).
            Environment.ExitCode = RefusedExitCode;
            lifetime.StopApplication();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutting down.
        }
    }

    /// <summary>PUT the commands; a failure is retried with the reconnect backoff and shown in readiness until it works.</summary>
    private async Task RegisterCommandsAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var scope = string.IsNullOrWhiteSpace(o.GuildId) ? "global" : "guild " + o.GuildId;
        readiness.Report(CommandsReadiness, false, "registering");
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await rest.BulkOverwriteCommandsAsync(o.ApplicationId!, string.IsNullOrWhiteSpace(o.GuildId) ? null : o.GuildId, SlashCommands.All, cancellationToken).ConfigureAwait(false);
                LogCommandsRegistered(SlashCommands.All.Count, scope, attempt);
                readiness.Report(CommandsReadiness, true, $"{SlashCommands.All.Count} commands registered ({scope})");
                return;
            }
            catch (DiscordRestException ex) when (ex.IsUnauthorized)
            {
                throw new DiscordGatewayFatalException(4004, $"Discord rejected the bot token (command registration answered 401). Set a valid token in the {DiscordBotToken.EnvironmentVariable} environment variable.");
            }
            catch (Exception ex) when (ex is DiscordRestException or HttpRequestException
                                       || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // Mentions and DMs still work without commands; say so, show it, and try again later.
                var delay = TimeSpan.FromMilliseconds(Math.Min(o.ReconnectMaxDelayMs, o.ReconnectDelayMs * Math.Pow(2, Math.Min(attempt - 1, 16))));
                LogCommandsFailed(attempt, delay.TotalSeconds, ex.Message);
                readiness.Report(CommandsReadiness, false, $"not registered (attempt {attempt}: {ex.Message}); retrying in {delay.TotalSeconds:0.#} s");
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
            }
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

    [LoggerMessage(EventId = 4321, Level = LogLevel.Information, Message = "Registered {Count} Discord slash commands ({Scope}) at attempt {Attempt}")]
    private partial void LogCommandsRegistered(int count, string scope, int attempt);

    [LoggerMessage(EventId = 4322, Level = LogLevel.Error, Message = "Registering Discord slash commands failed (attempt {Attempt}); next attempt in {DelaySeconds:0.#} s: {Reason}")]
    private partial void LogCommandsFailed(int attempt, double delaySeconds, string reason);

    [LoggerMessage(EventId = 4323, Level = LogLevel.Error, Message = "Handling a Discord {EventType} failed")]
    private partial void LogEventFailed(string eventType, Exception exception);

    [LoggerMessage(EventId = 4325, Level = LogLevel.Debug, Message = "Discord interaction {InteractionId} skipped: already claimed (a redelivery, or another process answers it)")]
    private partial void LogInteractionClaimedElsewhere(string interactionId);
}

using ChatBot.Answers.Operations;
using ChatBot.Telegram.Configuration;
using ChatBot.Telegram.Polling;
using ChatBot.Telegram.Updates;
using ChatBot.Web.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace ChatBot.Telegram;

/// <summary>
/// Webhook mode: once the web app listens (the route is <see cref="TelegramWebhookApi"/>), registers the webhook with
/// Telegram and hands each queued update to the same dispatcher as polling.
/// </summary>
internal sealed class TelegramWebhookHostedService(
    ITelegramBotClient client,
    TelegramStartup startup,
    TelegramUpdateDispatcher dispatcher,
    ShutdownGrace grace,
    TelegramWebhookQueue queue,
    WebServer web,
    IOptions<TelegramOptions> options,
    IHostApplicationLifetime lifetime,
    IReadinessReporter readiness,
    ILogger<TelegramWebhookHostedService> logger) : BackgroundService
{
    private const string Component = "telegram";

    private static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.InlineQuery];

    /// <summary>The web app's public address once it listens (useful with port 0).</summary>
    public TaskCompletionSource<Uri> Listening { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        readiness.Report(Component, false, "connecting");
        try
        {
            await startup.ConnectAsync(stoppingToken).ConfigureAwait(false);
            await web.Listening.WaitAsync(stoppingToken).ConfigureAwait(false);
            Listening.TrySetResult(web.AddressFor(WebScope.Public));
            await client.SetWebhook(o.Webhook.PublicUrl!, allowedUpdates: AllowedUpdates,
                secretToken: o.Webhook.SecretToken, cancellationToken: stoppingToken).ConfigureAwait(false);
            readiness.Report(Component, true, "webhook");
            await foreach (var update in queue.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                // Telegram has our 200 for it already: a reply on its way gets the grace period on shutdown.
                using var inFlight = grace.Begin();
                await dispatcher.DispatchAsync(update, inFlight.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 401)
        {
            logger.TokenRejected();
            Environment.ExitCode = TelegramStartup.TokenRejectedExitCode;
            lifetime.StopApplication();
        }
        finally
        {
            readiness.Report(Component, false, "stopped");
        }
    }
}

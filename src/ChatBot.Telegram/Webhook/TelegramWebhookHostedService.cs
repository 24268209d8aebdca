using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using ChatBot.Answers.Operations;
using ChatBot.Telegram.Configuration;
using ChatBot.Telegram.Http;
using ChatBot.Telegram.Polling;
using ChatBot.Telegram.Updates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatBot.Telegram;

/// <summary>
/// Webhook mode: a small Kestrel endpoint that accepts updates only with the right X-Telegram-Bot-Api-Secret-Token,
/// answers 200 at once and hands the update to the same dispatcher as polling.
/// </summary>
internal sealed class TelegramWebhookHostedService(
    ITelegramBotClient client,
    TelegramStartup startup,
    TelegramUpdateDispatcher dispatcher,
    IOptions<TelegramOptions> options,
    IHostApplicationLifetime lifetime,
    SecretRedactor redactor,
    IReadinessReporter readiness,
    ILogger<TelegramWebhookHostedService> logger) : BackgroundService
{
    private const string Component = "telegram";

    private static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.InlineQuery];
    private readonly Channel<Update> _queue = Channel.CreateBounded<Update>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.Wait });
    // Telegram re-sends an update it thinks was not delivered; recently seen ids are skipped.
    private readonly RecentIds _seen = new(10_000);

    /// <summary>The address Kestrel listens on once started (useful with port 0).</summary>
    public TaskCompletionSource<Uri> Listening { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        WebApplication? app = null;
        readiness.Report(Component, false, "connecting");
        try
        {
            await startup.ConnectAsync(stoppingToken).ConfigureAwait(false);
            app = BuildEndpoint(o);
            await app.StartAsync(stoppingToken).ConfigureAwait(false);
            Listening.TrySetResult(new Uri(app.Urls.First()));
            await client.SetWebhook(o.Webhook.PublicUrl!, allowedUpdates: AllowedUpdates,
                secretToken: o.Webhook.SecretToken, cancellationToken: stoppingToken).ConfigureAwait(false);
            readiness.Report(Component, true, "webhook");
            await foreach (var update in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                await dispatcher.DispatchAsync(update, stoppingToken).ConfigureAwait(false);
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
            if (app is not null)
            {
                await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
                await app.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private WebApplication BuildEndpoint(TelegramOptions o)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(o.Webhook.ListenUrl);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var secret = Encoding.UTF8.GetBytes(o.Webhook.SecretToken ?? string.Empty);
        app.MapPost(o.Webhook.Path, async (HttpContext context) =>
        {
            var given = Encoding.UTF8.GetBytes(context.Request.Headers[TelegramWebhookEndpoint.SecretHeader].ToString());
            if (secret.Length == 0 || !CryptographicOperations.FixedTimeEquals(given, secret))
            {
                logger.WebhookRefused("missing or wrong secret token header");
                return Results.Unauthorized();
            }

            Update? update;
            try
            {
                update = await JsonSerializer.DeserializeAsync<Update>(context.Request.Body, JsonBotAPI.Options, context.RequestAborted).ConfigureAwait(false);
            }
            catch (JsonException ex)
            {
                // 200 anyway: Telegram would otherwise re-send the same unreadable update again and again.
                logger.WebhookRefused("unreadable update: " + redactor.Redact(ex.Message));
                return Results.Ok();
            }

            if (update is not null && _seen.Add(update.Id))
            {
                await _queue.Writer.WriteAsync(update, context.RequestAborted).ConfigureAwait(false);
            }

            return Results.Ok();
        });
        return app;
    }
}

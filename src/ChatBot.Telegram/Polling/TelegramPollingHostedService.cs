using System.Text.Json;
using ChatBot.Answers.Operations;
using ChatBot.Telegram.Configuration;
using ChatBot.Telegram.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace ChatBot.Telegram.Polling;

/// <summary>
/// Long polling: fetch updates, record them as pending (with the new offset) before asking for more, and hand them to
/// the <see cref="UpdateScheduler"/>. Updates still pending from a previous run are handled first. A rejected token
/// stops the host; anything else is logged and retried.
/// </summary>
internal sealed class TelegramPollingHostedService(
    ITelegramBotClient client,
    TelegramStartup startup,
    UpdateScheduler scheduler,
    UpdateOffsetStore store,
    IOptions<TelegramOptions> options,
    IHostApplicationLifetime lifetime,
    SecretRedactor redactor,
    TimeProvider time,
    IReadinessReporter readiness,
    ILogger<TelegramPollingHostedService> logger) : BackgroundService
{
    private const string Component = "telegram";

    private static readonly string[] AllowedUpdates = ["message", "callback_query", "inline_query"];
    private static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan BackPressurePause = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// After an empty getUpdates that came back well before its long-poll timeout (a proxy or server that ignores the
    /// timeout): without a pause the loop would ask again at once, over a thousand times a second.
    /// </summary>
    private static readonly TimeSpan EmptyEarlyPause = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        readiness.Report(Component, false, "connecting");
        try
        {
            await startup.ConnectAsync(stoppingToken).ConfigureAwait(false);
            // A webhook left from webhook mode makes getUpdates fail with 409; polling mode owns the bot now.
            await client.DeleteWebhook(cancellationToken: stoppingToken).ConfigureAwait(false);
            await PollAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 401)
        {
            logger.TokenRejected();
            // Not a clean stop: the process must end with a failure code (systemd, Docker and scripts see it).
            Environment.ExitCode = TelegramStartup.TokenRejectedExitCode;
            lifetime.StopApplication();
        }
        finally
        {
            readiness.Report(Component, false, "stopped");
            await scheduler.DrainAsync().ConfigureAwait(false);
        }
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        var state = await store.LoadAsync(stoppingToken).ConfigureAwait(false);
        var offset = state.Offset;
        logger.Resuming(offset, state.Pending.Count);
        foreach (var pending in state.Pending)
        {
            // Claimed (or not) by the interrupted run of this process: answered now either way.
            scheduler.Schedule(pending, stoppingToken, resumed: true);
        }

        var pause = TimeSpan.FromSeconds(1);
        var failures = 0;
        var connected = false;
        void Connected(bool now)
        {
            // Reported on change only: a long poll returns every few seconds.
            if (now != connected)
            {
                connected = now;
                readiness.Report(Component, now, now ? "polling" : "connection to the Bot API lost");
            }
        }

        Connected(true);
        while (!stoppingToken.IsCancellationRequested)
        {
            if (store.PendingCount >= options.Value.MaxPendingUpdates)
            {
                // Back pressure: let Telegram keep the rest until we have caught up.
                await Task.Delay(BackPressurePause, time, stoppingToken).ConfigureAwait(false);
                continue;
            }

            JsonElement[] batch;
            var asked = time.GetTimestamp();
            try
            {
                batch = await client.SendRequest(
                    new RawGetUpdatesRequest { Offset = offset, Limit = 100, Timeout = options.Value.PollingTimeoutSeconds, AllowedUpdates = AllowedUpdates },
                    stoppingToken).ConfigureAwait(false);
                pause = TimeSpan.FromSeconds(1);
                failures = 0;
                Connected(true);
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 401)
            {
                throw;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 409)
            {
                Connected(false);
                logger.Conflict(MaxPause.TotalSeconds);
                await Task.Delay(MaxPause, time, stoppingToken).ConfigureAwait(false);
                continue;
            }
            catch (Exception ex) when (ex is RequestException or HttpRequestException or JsonException
                                       || (ex is OperationCanceledException && !stoppingToken.IsCancellationRequested))
            {
                // The HttpClient has already retried transient failures; wait longer each time, up to MaxPause.
                var wait = ex is ApiRequestException { Parameters.RetryAfter: { } retryAfter } ? TimeSpan.FromSeconds(retryAfter) : pause;
                Connected(false);
                logger.PollFailed(++failures, wait.TotalSeconds, redactor.Redact(ex.Message));
                await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, MaxPause.Ticks));
                continue;
            }

            var fresh = batch.Where(u => UpdateOffsetStore.UpdateId(u) >= offset).ToList();
            if (batch.Length == 0)
            {
                if (time.GetElapsedTime(asked) < TimeSpan.FromSeconds(options.Value.PollingTimeoutSeconds / 2.0) || options.Value.PollingTimeoutSeconds == 0)
                {
                    await Task.Delay(EmptyEarlyPause, time, stoppingToken).ConfigureAwait(false);
                }

                continue;
            }

            // Recorded before the next getUpdates tells Telegram they arrived: from here on we own them.
            var next = Math.Max(offset, batch.Max(UpdateOffsetStore.UpdateId) + 1);
            await store.AcceptAsync(fresh, next, stoppingToken).ConfigureAwait(false);
            offset = next;
            foreach (var update in fresh)
            {
                scheduler.Schedule(update, stoppingToken);
            }
        }
    }
}

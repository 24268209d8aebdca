using System.Text.Json;
using ChatBot.Telegram.Configuration;
using ChatBot.Telegram.Http;
using ChatBot.Telegram.Updates;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace ChatBot.Telegram.Polling;

/// <summary>
/// Long polling: fetch a batch, handle it (chats in parallel, each chat in order), persist progress, confirm the
/// batch by asking for the next offset. A rejected token stops the host; anything else is logged and retried.
/// </summary>
internal sealed class TelegramPollingHostedService(
    ITelegramBotClient client,
    TelegramStartup startup,
    TelegramUpdateDispatcher dispatcher,
    UpdateOffsetStore offsets,
    IOptions<TelegramOptions> options,
    IHostApplicationLifetime lifetime,
    SecretRedactor redactor,
    TimeProvider time,
    ILogger<TelegramPollingHostedService> logger) : BackgroundService
{
    private static readonly string[] AllowedUpdates = ["message", "callback_query", "inline_query"];
    private static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
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
            lifetime.StopApplication();
        }
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        var state = await offsets.LoadAsync(stoppingToken).ConfigureAwait(false);
        var handled = new HashSet<int>(state.Handled);
        var offset = state.Offset;
        logger.Resuming(offset);
        var pause = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            JsonElement[] batch;
            try
            {
                batch = await client.SendRequest(
                    new RawGetUpdatesRequest { Offset = offset, Limit = 100, Timeout = options.Value.PollingTimeoutSeconds, AllowedUpdates = AllowedUpdates },
                    stoppingToken).ConfigureAwait(false);
                pause = TimeSpan.FromSeconds(1);
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 401)
            {
                throw;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 409)
            {
                logger.Conflict(MaxPause.TotalSeconds);
                await Task.Delay(MaxPause, time, stoppingToken).ConfigureAwait(false);
                continue;
            }
            catch (Exception ex) when (ex is RequestException or HttpRequestException or JsonException
                                       || (ex is OperationCanceledException && !stoppingToken.IsCancellationRequested))
            {
                // The HttpClient has already retried transient failures; wait longer each time, up to MaxPause.
                var wait = ex is ApiRequestException { Parameters.RetryAfter: { } retryAfter } ? TimeSpan.FromSeconds(retryAfter) : pause;
                logger.PollFailed(wait.TotalSeconds, redactor.Redact(ex.Message));
                await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, MaxPause.Ticks));
                continue;
            }

            if (batch.Length == 0)
            {
                continue;
            }

            var next = await HandleBatchAsync(batch, handled, stoppingToken).ConfigureAwait(false);
            offset = Math.Max(offset, next);
            await offsets.AdvanceAsync(offset, stoppingToken).ConfigureAwait(false);
            handled.RemoveWhere(id => id < offset);
        }
    }

    /// <summary>Returns the offset that confirms the batch (highest update id + 1).</summary>
    private async Task<int> HandleBatchAsync(JsonElement[] batch, HashSet<int> handled, CancellationToken stoppingToken)
    {
        var next = 0;
        var updates = new List<Update>(batch.Length);
        foreach (var raw in batch)
        {
            var id = raw.TryGetProperty("update_id", out var idElement) && idElement.TryGetInt32(out var value) ? value : -1;
            next = Math.Max(next, id + 1);
            if (id < 0 || handled.Contains(id))
            {
                continue;
            }

            try
            {
                updates.Add(raw.Deserialize<Update>(JsonBotAPI.Options) ?? throw new JsonException("null update"));
            }
            catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or FormatException)
            {
                logger.UpdateUnreadable(id, redactor.Redact(ex.Message));
                await offsets.MarkHandledAsync(id, stoppingToken).ConfigureAwait(false);
            }
        }

        // One chat's updates in order (answers arrive in the order asked); different chats side by side.
        var byChat = updates.GroupBy(ChatKey).Select(g => g.OrderBy(u => u.Id).ToList()).ToList();
        await Parallel.ForEachAsync(
            byChat,
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallelUpdates, CancellationToken = stoppingToken },
            async (chatUpdates, ct) =>
            {
                foreach (var update in chatUpdates)
                {
                    await dispatcher.DispatchAsync(update, ct).ConfigureAwait(false);
                    await offsets.MarkHandledAsync(update.Id, ct).ConfigureAwait(false);
                }
            }).ConfigureAwait(false);
        foreach (var update in updates)
        {
            handled.Add(update.Id);
        }

        return next;
    }

    private static long ChatKey(Update update) =>
        update.Message?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id ?? update.InlineQuery?.From.Id ?? update.Id;
}

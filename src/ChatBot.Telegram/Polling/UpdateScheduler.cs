using System.Text.Json;
using ChatBot.Telegram.Configuration;
using ChatBot.Telegram.Http;
using ChatBot.Telegram.Updates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ChatBot.Telegram.Polling;

/// <summary>
/// Runs received updates: one chat's updates in order (answers come in the order asked), different chats side by
/// side up to MaxParallelUpdates, so one slow answer does not hold up other chats. Each update leaves the
/// <see cref="UpdateOffsetStore"/> only when it is done.
/// </summary>
internal sealed class UpdateScheduler(
    TelegramUpdateDispatcher dispatcher,
    UpdateOffsetStore store,
    ShutdownGrace grace,
    IOptions<TelegramOptions> options,
    SecretRedactor redactor,
    ILogger<UpdateScheduler> logger)
{
    private readonly SemaphoreSlim _parallel = new(options.Value.MaxParallelUpdates, options.Value.MaxParallelUpdates);
    private readonly Dictionary<long, Task> _tails = [];
    private readonly Lock _lock = new();

    /// <summary><paramref name="resumed"/>: left pending by the previous run of this process (answered without a new claim).</summary>
    public void Schedule(JsonElement raw, CancellationToken stoppingToken, bool resumed = false)
    {
        var id = UpdateOffsetStore.UpdateId(raw);
        Update update;
        try
        {
            update = raw.Deserialize<Update>(JsonBotAPI.Options) ?? throw new JsonException("null update");
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or FormatException)
        {
            // A payload this client cannot read would fail the same way every time: skip it, keep the loop going.
            logger.UpdateUnreadable(id, redactor.Redact(ex.Message));
            _ = store.CompleteAsync(id, stoppingToken);
            return;
        }

        var key = ChatKey(update);
        lock (_lock)
        {
            foreach (var done in _tails.Where(t => t.Value.IsCompleted).Select(t => t.Key).ToList())
            {
                _tails.Remove(done);
            }

            var previous = _tails.GetValueOrDefault(key, Task.CompletedTask);
            _tails[key] = RunAfterAsync(previous, update, !resumed, stoppingToken);
        }
    }

    /// <summary>Completes when everything scheduled so far has finished (or stopped because the host is stopping).</summary>
    public Task DrainAsync()
    {
        lock (_lock)
        {
            return Task.WhenAll(_tails.Values);
        }
    }

    private async Task RunAfterAsync(Task previous, Update update, bool claim, CancellationToken stoppingToken)
    {
        try
        {
            await previous.ConfigureAwait(false);
            await _parallel.WaitAsync(stoppingToken).ConfigureAwait(false);
            try
            {
                // Not started before the stop: left pending for the next run. Started: its replies get the grace
                // period, and an update whose replies arrived is recorded as done (not answered again after a restart).
                stoppingToken.ThrowIfCancellationRequested();
                using var inFlight = grace.Begin();
                await dispatcher.DispatchAsync(update, claim, inFlight.Token).ConfigureAwait(false);
                await store.CompleteAsync(update.Id, inFlight.Token).ConfigureAwait(false);
            }
            finally
            {
                _parallel.Release();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Left pending in the store: handled again after the restart.
        }
    }

    private static long ChatKey(Update update) =>
        update.Message?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id ?? update.InlineQuery?.From.Id ?? -update.Id;
}

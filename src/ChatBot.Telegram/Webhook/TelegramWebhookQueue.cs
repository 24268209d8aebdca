using System.Threading.Channels;
using Telegram.Bot.Types;

namespace ChatBot.Telegram;

/// <summary>Updates accepted by the webhook route, waiting for the webhook service to dispatch them.</summary>
internal sealed class TelegramWebhookQueue
{
    private readonly Channel<Update> _queue = Channel.CreateBounded<Update>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.Wait });
    // Telegram re-sends an update it thinks was not delivered; recently seen ids are skipped.
    private readonly RecentIds _seen = new(10_000);

    public ValueTask AddAsync(Update update, CancellationToken cancellationToken) =>
        _seen.Add(update.Id) ? _queue.Writer.WriteAsync(update, cancellationToken) : ValueTask.CompletedTask;

    public IAsyncEnumerable<Update> ReadAllAsync(CancellationToken cancellationToken) => _queue.Reader.ReadAllAsync(cancellationToken);
}

using System.Threading.Channels;
using ChatBot.Operations.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Operations.Audit;

/// <summary>
/// Bounded hand-off between the answer path and the writer. Enqueuing never waits: when the queue is full the entry
/// is dropped, logged and counted, so a slow store can never delay an answer.
/// </summary>
public sealed class AuditQueue
{
    private readonly Channel<AuditEntry> _channel;
    private readonly ChatBotMetrics _metrics;
    private readonly ILogger<AuditQueue> _logger;
    private long _dropped;

    public AuditQueue(IOptions<AuditOptions> options, ChatBotMetrics metrics, ILogger<AuditQueue> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _channel = Channel.CreateBounded<AuditEntry>(new BoundedChannelOptions(options.Value.QueueCapacity)
        {
            // Wait makes TryWrite report a full queue (the Drop modes would drop silently).
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
        _metrics = metrics;
        _logger = logger;
        metrics.TrackAuditQueueDepth(() => Depth);
    }

    public int Depth => _channel.Reader.Count;

    public long Dropped => Interlocked.Read(ref _dropped);

    internal ChannelReader<AuditEntry> Reader => _channel.Reader;

    public bool TryEnqueue(AuditEntry entry)
    {
        if (_channel.Writer.TryWrite(entry))
        {
            return true;
        }

        var dropped = Interlocked.Increment(ref _dropped);
        _metrics.RecordAuditDropped();
        AuditLog.QueueFull(_logger, Describe(entry), dropped);
        return false;
    }

    /// <summary>No more entries: the writer drains what is left and stops.</summary>
    internal void Complete() => _channel.Writer.TryComplete();

    private static string Describe(AuditEntry entry) => entry switch
    {
        AnswerAuditEntry a => $"answer {a.Record.AnswerId}",
        PinAuditEntry p => $"pin of answer {p.Pin.AnswerId}",
        _ => entry.GetType().Name,
    };
}

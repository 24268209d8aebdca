using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ChatBot.Operations.Metrics;

/// <summary>
/// The bot's instruments on Meter "ChatBot" (exported as chatbot_* by Prometheus or OTLP). Adapters record
/// reconnects; the answer service records retrieval latency itself (chatbot.retrieval.duration, same meter); answers, rate-limit hits and the audit queue are recorded here.
/// </summary>
public sealed class ChatBotMetrics
{
    public const string MeterName = "ChatBot";

    private readonly Counter<long> _answers;
    private readonly Histogram<double> _answerDuration;
    private readonly Counter<long> _reconnects;
    private readonly Counter<long> _rateLimitHits;
    private readonly Counter<long> _auditDropped;
    private readonly Counter<long> _auditFailed;
    private Func<int>? _auditQueueDepth;

    public ChatBotMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _answers = meter.CreateCounter<long>("chatbot.answers", "{answer}", "Answers by platform, mode and outcome");
        _answerDuration = meter.CreateHistogram<double>("chatbot.answer.duration", "s", "Time to produce an answer",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });
        _reconnects = meter.CreateCounter<long>("chatbot.platform.reconnects", "{reconnect}", "Platform connections re-established");
        _rateLimitHits = meter.CreateCounter<long>("chatbot.rate_limit.hits", "{question}", "Questions refused by the rate limiter");
        _auditDropped = meter.CreateCounter<long>("chatbot.audit.dropped", "{entry}", "Audit entries dropped because the queue was full");
        _auditFailed = meter.CreateCounter<long>("chatbot.audit.failed", "{entry}", "Audit entries the store could not write");
        meter.CreateObservableGauge("chatbot.audit.queue.depth", ObserveQueueDepth, "{entry}", "Audit entries waiting for the writer");
    }

    private static readonly double[] LatencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

    /// <param name="outcome">"answered", "abstained" or "error".</param>
    public void RecordAnswer(string platform, string mode, string outcome, TimeSpan duration)
    {
        var tags = new TagList { { "platform", platform }, { "mode", mode }, { "outcome", outcome } };
        _answers.Add(1, tags);
        _answerDuration.Record(duration.TotalSeconds, tags);
    }


    public void RecordReconnect(string platform) => _reconnects.Add(1, new KeyValuePair<string, object?>("platform", platform));

    public void RecordRateLimitHit(string platform) => _rateLimitHits.Add(1, new KeyValuePair<string, object?>("platform", platform));

    public void RecordAuditDropped() => _auditDropped.Add(1);

    public void RecordAuditFailed(int entries) => _auditFailed.Add(entries);

    /// <summary>The audit queue reports its depth through this (one queue per process).</summary>
    internal void TrackAuditQueueDepth(Func<int> depth) => _auditQueueDepth = depth;

    private IEnumerable<Measurement<int>> ObserveQueueDepth() =>
        _auditQueueDepth is { } depth ? [new Measurement<int>(depth())] : [];
}

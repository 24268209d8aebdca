using System.Diagnostics.Metrics;

namespace ChatBot.Answers.Answering;

/// <summary>Retrieval latency on Meter "ChatBot", exported with the operations metrics as chatbot_retrieval_duration.</summary>
public sealed class AnswerMetrics
{
    public const string MeterName = "ChatBot";

    private readonly Histogram<double> _retrieval;

    public AnswerMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _retrieval = meterFactory.Create(MeterName).CreateHistogram<double>("chatbot.retrieval.duration", "s",
            "Time to search and rank passages for one question",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25] });
    }

    public void RecordRetrieval(TimeSpan duration) => _retrieval.Record(duration.TotalSeconds);
}

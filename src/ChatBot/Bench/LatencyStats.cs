namespace ChatBot.Host.Bench;

/// <summary>Per-answer wall time over a run: percentiles in milliseconds.</summary>
internal sealed record LatencyStats(int Answers, double P50Ms, double P99Ms, double MeanMs, double MaxMs, bool StoppedByBudget,
    long AllocatedBytesPerAnswer, int Gen0Collections, int Gen2Collections, IReadOnlyList<SlowQuestion> Slowest)
{
    public static LatencyStats From(List<double> milliseconds, bool stoppedByBudget, long allocatedBytes, int gen0, int gen2, IReadOnlyList<SlowQuestion> slowest)
    {
        if (milliseconds.Count == 0) return new LatencyStats(0, 0, 0, 0, 0, stoppedByBudget, 0, gen0, gen2, slowest);
        var count = milliseconds.Count;
        var mean = milliseconds.Average();
        milliseconds.Sort();
        return new LatencyStats(count, Percentile(milliseconds, 0.50), Percentile(milliseconds, 0.99),
            mean, milliseconds[^1], stoppedByBudget, allocatedBytes / count, gen0, gen2, slowest);
    }

    /// <summary>Nearest-rank percentile of a sorted list.</summary>
    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}

/// <summary>One of the questions that took longest on average: where to look first.</summary>
internal sealed record SlowQuestion(string Question, double MeanMs, double MaxMs);

/// <summary>Answers per second with several threads asking the one shared service.</summary>
internal sealed record Throughput(int Threads, int Answers, double Seconds, double AnswersPerSecond, bool StoppedByBudget);

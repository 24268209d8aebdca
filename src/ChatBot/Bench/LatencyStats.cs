namespace ChatBot.Host.Bench;

/// <summary>Per-answer wall time over a run: percentiles in milliseconds.</summary>
internal sealed record LatencyStats(int Answers, double P50Ms, double P99Ms, double MeanMs, double MaxMs, bool StoppedByBudget)
{
    public static LatencyStats From(List<double> milliseconds, bool stoppedByBudget)
    {
        if (milliseconds.Count == 0) return new LatencyStats(0, 0, 0, 0, 0, stoppedByBudget);
        milliseconds.Sort();
        return new LatencyStats(milliseconds.Count, Percentile(milliseconds, 0.50), Percentile(milliseconds, 0.99),
            milliseconds.Average(), milliseconds[^1], stoppedByBudget);
    }

    /// <summary>Nearest-rank percentile of a sorted list.</summary>
    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}

/// <summary>Answers per second with several threads asking the one shared service.</summary>
internal sealed record Throughput(int Threads, int Answers, double Seconds, double AnswersPerSecond, bool StoppedByBudget);

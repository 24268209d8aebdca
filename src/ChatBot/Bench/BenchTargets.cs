namespace ChatBot.Host.Bench;

/// <summary>The performance targets of issue 2, section 8.</summary>
internal static class BenchTargets
{
    public static IReadOnlyList<TargetCheck> Check(CorpusBench seeds, StartupResult? startup, CorpusBench? synthetic)
    {
        var checks = new List<TargetCheck>
        {
            new("seeds: warm answer p99", seeds.Latency.P99Ms, 5, "ms", AtMost: true),
            new("seeds: answers/s, 1 thread", seeds.OneThread.AnswersPerSecond, 2000, "/s", AtMost: false),
            new("seeds: answers/s, 2 threads", seeds.TwoThreads.AnswersPerSecond, 2000, "/s", AtMost: false),
        };
        if (startup is { Error: null, RunsMs.Count: > 0 })
        {
            checks.Add(new("process start to first answer (median)", startup.MedianMs / 1000, 1.0, "s", AtMost: true));
        }

        if (synthetic is not null)
        {
            checks.Add(new($"{synthetic.Documents} documents: load + index", synthetic.LoadAndIndexMs / 1000, 60, "s", AtMost: true));
            checks.Add(new($"{synthetic.Documents} documents: warm answer p99", synthetic.Latency.P99Ms, 30, "ms", AtMost: true));
            checks.Add(new($"{synthetic.Documents} documents: peak working set", synthetic.Memory.PeakWorkingSetBytes / 1e9, 1.0, "GB", AtMost: true));
        }

        return checks;
    }
}

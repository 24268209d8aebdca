namespace ChatBot.Host.Bench;

/// <summary>The targets of issues 2 (speed), 19 (index) and 20 (answers at scale); memory in MiB, time in s or ms.</summary>
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
            var n = synthetic.Documents;
            checks.Add(new($"{n} documents: load + first build", synthetic.LoadAndIndexMs / 1000, 60, "s", AtMost: true));
            checks.Add(new($"{n} documents: build / plain Lucene", synthetic.BuildRatio, 1.5, "×", AtMost: true));
            if (synthetic.Saved.StartWithSavedIndex is { Error: null } start)
            {
                checks.Add(new($"{n} documents: start to answer, saved index", start.MedianMs / 1000, 2, "s", AtMost: true));
            }

            checks.Add(new($"{n} documents: warm answer p99", synthetic.Latency.P99Ms, 30, "ms", AtMost: true));
            checks.Add(new($"{n} documents: answers/s, 2 threads", synthetic.TwoThreads.AnswersPerSecond, 500, "/s", AtMost: false));
            checks.Add(new($"{n} documents: peak resident", synthetic.Memory.PeakWorkingSetBytes / 1048576.0, 2048, "MiB", AtMost: true));
            if (n <= 1500) checks.Add(new($"{n} documents: managed memory after indexing", synthetic.Memory.ManagedAfterIndexBytes / 1048576.0, 200, "MiB", AtMost: true));
            foreach (var q in synthetic.Quality)
            {
                if (seeds.Quality.FirstOrDefault(s => s.Set == q.Set) is not { } alone) continue;
                checks.Add(new($"{n} documents: {q.Set} recall − seeds alone", q.Recall - alone.Recall, -0.03, "", AtMost: false));
                checks.Add(new($"{n} documents: {q.Set} abstain − seeds alone", q.Abstain - alone.Abstain, -0.05, "", AtMost: false));
            }
        }

        return checks;
    }
}

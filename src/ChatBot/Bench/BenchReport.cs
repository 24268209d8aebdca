namespace ChatBot.Host.Bench;

/// <summary>Memory after building an index: the process' peak, and what the managed heap holds once collected.</summary>
internal sealed record MemoryFigures(long PeakWorkingSetBytes, long ManagedAfterIndexBytes, long ManagedForCorpusBytes, long GcHeapSizeBytes);

/// <summary>The index kept on disk: opening it again, and a process' start to first answer with it in place.</summary>
internal sealed record SavedIndexFigures(double OpenMs, StartupResult? StartWithSavedIndex);

/// <summary>Everything measured on one corpus.</summary>
internal sealed record CorpusBench(
    string Name,
    int Documents,
    long Words,
    int Passages,
    double LexiconLoadMs,
    double CorpusLoadMs,
    double IndexBuildMs,
    IndexPhases IndexPhases,
    double FirstAnswerMs,
    LatencyStats Latency,
    Throughput OneThread,
    Throughput TwoThreads,
    AnswerPhases AnswerPhases,
    MemoryFigures Memory,
    double PlainLuceneMs,
    SavedIndexFigures Saved,
    IReadOnlyList<QualityFigure> Quality)
{
    /// <summary>Our build (to disk, with terms and speakers) against a plain Lucene index of the same passage texts.</summary>
    public double BuildRatio => PlainLuceneMs > 0 ? IndexBuildMs / PlainLuceneMs : 0;

    /// <summary>Load and index together: what a start or a reload costs.</summary>
    public double LoadAndIndexMs => LexiconLoadMs + CorpusLoadMs + IndexBuildMs;
}

/// <summary>One figure against its target.</summary>
internal sealed record TargetCheck(string Measure, double Measured, double Target, string Unit, bool AtMost)
{
    public bool Met => AtMost ? Measured <= Target : Measured >= Target;
}

internal sealed record BenchReport(
    string Configuration,
    string Runtime,
    int Processors,
    string LoadAverage,
    int DistinctQuestions,
    CorpusBench Seeds,
    StartupResult? Startup,
    CorpusBench? Synthetic,
    IReadOnlyList<TargetCheck> Targets,
    long PeakResidentBytes)
{
    public bool AllTargetsMet => Targets.All(t => t.Met);
}

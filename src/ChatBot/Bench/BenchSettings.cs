namespace ChatBot.Host.Bench;

/// <summary>What `bench` measures and how long it may take.</summary>
internal sealed record BenchSettings(
    int SyntheticDocuments,
    int SyntheticWords,
    int Questions,
    TimeSpan Budget,
    int StartupRuns,
    bool Json);

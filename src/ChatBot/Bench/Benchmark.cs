namespace ChatBot.Host.Bench;

internal static class Benchmark
{
    public static Task<int> RunAsync(int syntheticDocuments, int questions, CancellationToken cancellationToken) => Task.FromResult(0);
}

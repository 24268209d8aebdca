using System.Text.Json;

namespace ChatBot.Tests.Cli;

/// <summary>`bench` as a process: what it reports must be measurable quantities, never negative.</summary>
public sealed class BenchTests
{
    [Fact]
    public async Task Stage_times_and_allocations_are_never_negative()
    {
        // Small and quick: the seeds only, no synthetic corpus, no child processes.
        var result = await CliRun.RunAsync(["bench", "--synthetic-documents", "0", "--questions", "40", "--seconds", "2", "--startup-runs", "0", "--json"]);

        Assert.Equal(0, result.ExitCode);
        using var report = JsonDocument.Parse(string.Join('\n', result.StdoutLines));
        var phases = report.RootElement.GetProperty("Seeds").GetProperty("AnswerPhases");
        var negative = Numbers(phases, "AnswerPhases").Where(n => n.Value < 0).Select(n => $"{n.Path} = {n.Value}").ToList();
        Assert.True(negative.Count == 0, "negative: " + string.Join(", ", negative));
        Assert.True(phases.GetProperty("ConceptsUs").GetDouble() > 0);
    }

    private static IEnumerable<(string Path, double Value)> Numbers(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Numbers(p.Value, $"{path}.{p.Name}")),
        JsonValueKind.Number => [(path, element.GetDouble())],
        _ => [],
    };
}

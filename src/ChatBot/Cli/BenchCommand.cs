using System.CommandLine;

namespace ChatBot.Host.Cli;

/// <summary>`bench`: latency, throughput, index build time and memory on the seeds and a synthetic corpus.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var documents = new Option<int>("--synthetic-documents") { Description = "Size of the generated corpus (0 to skip).", DefaultValueFactory = _ => 1000 };
        var questions = new Option<int>("--questions") { Description = "Questions per measurement.", DefaultValueFactory = _ => 2000 };
        var command = new Command("bench", "Measure answer latency p50/p99, answers/s on 1 and 2 threads, index build time and peak memory.") { documents, questions };
        command.SetAction((parse, ct) => Bench.Benchmark.RunAsync(parse.GetValue(documents), parse.GetValue(questions), ct));
        return command;
    }
}

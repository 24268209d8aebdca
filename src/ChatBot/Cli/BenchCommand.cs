using System.CommandLine;
using ChatBot.Host.Bench;

namespace ChatBot.Host.Cli;

/// <summary>`bench`: latency, throughput, index build time and memory on the seeds and a synthetic corpus.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var documents = new Option<int>("--synthetic-documents") { Description = "Size of the generated corpus (0 to skip).", DefaultValueFactory = _ => 1000 };
        var words = new Option<int>("--synthetic-words") { Description = "Words across the generated documents.", DefaultValueFactory = _ => 2_000_000 };
        var questions = new Option<int>("--questions") { Description = "Answers per measurement (the fixed questions are cycled).", DefaultValueFactory = _ => 2000 };
        var seconds = new Option<int>("--seconds") { Description = "Time budget per measurement; a run stops there and says so.", DefaultValueFactory = _ => 20 };
        var startups = new Option<int>("--startup-runs") { Description = "Child processes timed from start to first answer (0 to skip).", DefaultValueFactory = _ => 3 };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var write = new Option<string?>("--write-corpus") { Description = "Only write the seeds and the generated documents to this folder (for Corpus__Folder), then stop." };
        var command = new Command("bench", "Measure answer latency p50/p99, answers/s on 1 and 2 threads, start to first answer, index build time and peak memory.")
        {
            documents, words, questions, seconds, startups, json, write,
        };
        command.SetAction(async (parse, ct) =>
        {
            var settings = new BenchSettings(parse.GetValue(documents), parse.GetValue(words), parse.GetValue(questions),
                TimeSpan.FromSeconds(parse.GetValue(seconds)), parse.GetValue(startups), parse.GetValue(json));
            if (settings.SyntheticDocuments < 0 || settings.SyntheticWords < 0 || settings.StartupRuns < 0 || settings.Questions < 1 || settings.Budget < TimeSpan.FromSeconds(1))
            {
                await Console.Error.WriteLineAsync("bench: --synthetic-documents, --synthetic-words and --startup-runs must be 0 or more; --questions and --seconds at least 1.").ConfigureAwait(false);
                return 1;
            }

            BotHost.CheckEverySection();
            return parse.GetValue(write) is { Length: > 0 } folder
                ? await Benchmark.WriteCorpusAsync(folder, settings, ct).ConfigureAwait(false)
                : await Benchmark.RunAsync(settings, ct).ConfigureAwait(false);
        });
        return command;
    }
}

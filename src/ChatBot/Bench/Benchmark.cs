using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using ChatBot.Answers;
using ChatBot.Answers.Answering;
using ChatBot.Answers.Corpus;
using ChatBot.Answers.Lexicon;
using ChatBot.Answers.Model;
using ChatBot.Answers.Retrieval;
using ChatBot.Answers.Retrieval.Store;
using ChatBot.Host.Cli;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Bench;

/// <summary>
/// `bench`: the seeds, process start to first answer, then a generated corpus of N documents. Progress goes to
/// stderr, the report to stdout (a table, or JSON with --json).
/// </summary>
internal static class Benchmark
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static async Task<int> RunAsync(BenchSettings settings, CancellationToken cancellationToken)
    {
        var loadBefore = LoadAverage();
        var seedFolder = Path.Combine(ContentRoot.Find(), "seeds");
        CorpusBench seeds;
        try
        {
            seeds = await MeasureCorpusAsync("seeds", seedFolder, settings, firstInProcess: true, cancellationToken).ConfigureAwait(false);
        }
        catch (CorpusLoadException e)
        {
            await Console.Error.WriteLineAsync("bench: the seeds could not be loaded: " + e.Message).ConfigureAwait(false);
            return 2;
        }

        StartupResult? startup = null;
        if (settings.StartupRuns > 0)
        {
            Progress($"process start to first answer: {settings.StartupRuns} runs of `ask`");
            startup = await StartupMeter.MeasureAsync(settings.StartupRuns, cancellationToken).ConfigureAwait(false);
        }

        CorpusBench? synthetic = null;
        if (settings.SyntheticDocuments > 0)
        {
            var folder = Path.Combine(Path.GetTempPath(), "chatbot-bench-" + Guid.NewGuid().ToString("N"));
            try
            {
                Progress($"writing {settings.SyntheticDocuments} synthetic documents (~{settings.SyntheticWords:N0} words) to {folder}");
                var seedDocuments = await CorpusLoader.LoadAsync(seedFolder, "manifest.json", cancellationToken).ConfigureAwait(false);
                await SyntheticCorpusWriter.WriteAsync(folder, seedFolder, seedDocuments, settings.SyntheticDocuments, settings.SyntheticWords, cancellationToken).ConfigureAwait(false);
                synthetic = await MeasureCorpusAsync("synthetic (seeds + generated)", folder, settings, firstInProcess: false, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        var report = new BenchReport(
#if DEBUG
            "Debug",
#else
            "Release",
#endif
            RuntimeInformation.FrameworkDescription, Environment.ProcessorCount, $"{loadBefore} at start, {LoadAverage()} at end", BenchQuestions.All.Count, seeds, startup, synthetic,
            BenchTargets.Check(seeds, startup, synthetic), PeakResidentBytes());
        await Console.Out.WriteLineAsync(settings.Json ? JsonSerializer.Serialize(report, Json) : ReportPrinter.Render(report)).ConfigureAwait(false);
        return 0;
    }

    /// <summary>The corpus the benchmark generates, written to a folder that must not exist yet, for `ask` and the eval sets.</summary>
    public static async Task<int> WriteCorpusAsync(string folder, BenchSettings settings, CancellationToken cancellationToken)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            await Console.Error.WriteLineAsync($"bench: {folder} is not empty; give a new or empty folder to --write-corpus.").ConfigureAwait(false);
            return 1;
        }

        var seedFolder = Path.Combine(ContentRoot.Find(), "seeds");
        var seedDocuments = await CorpusLoader.LoadAsync(seedFolder, "manifest.json", cancellationToken).ConfigureAwait(false);
        var words = await SyntheticCorpusWriter.WriteAsync(folder, seedFolder, seedDocuments, settings.SyntheticDocuments, settings.SyntheticWords, cancellationToken).ConfigureAwait(false);
        Progress($"wrote {seedDocuments.Count} seeds and {settings.SyntheticDocuments} generated documents ({words:N0} words) to {folder}");
        return 0;
    }

    /// <param name="firstInProcess">
    /// Time the build's stages before the real build, so they show where a cold start goes (JIT, Lucene's first
    /// use); otherwise after it, so they do not disturb the memory figures.
    /// </param>
    private static async Task<CorpusBench> MeasureCorpusAsync(string name, string folder, BenchSettings settings, bool firstInProcess, CancellationToken cancellationToken)
    {
        var questions = BenchQuestions.All;
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        Progress($"{name}: loading and indexing {folder}");
        var t = Stopwatch.GetTimestamp();
        var lexicon = await LexiconLoader.LoadAsync(Path.Combine(folder, "lexicon"), cancellationToken).ConfigureAwait(false);
        var lexiconMs = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        t = Stopwatch.GetTimestamp();
        var documents = await CorpusLoader.LoadAsync(folder, "manifest.json", cancellationToken).ConfigureAwait(false);
        var loadMs = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        var stages = firstInProcess ? PhaseProfiler.Index(documents, lexicon, firstInProcess: true, sample: 1) : null;
        var storeFolder = Path.Combine(Path.GetTempPath(), "chatbot-bench-index-" + Guid.NewGuid().ToString("N"));
        try
        {
            var store = new IndexStore(storeFolder, NullLogger.Instance);
            t = Stopwatch.GetTimestamp();
            using var snapshot = CorpusSnapshot.Build(documents, lexicon, store);
            var buildMs = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            var managed = GC.GetTotalMemory(forceFullCollection: true);
            var heap = GC.GetGCMemoryInfo().HeapSizeBytes;
            Progress($"{name}: {documents.Count} documents, {snapshot.Passages.Count} passages; load {loadMs:F0} ms, index built and saved {buildMs:F0} ms");

            var service = new ExtractiveAnswerService(new FixedCorpusProvider(snapshot), Options.Create(new AnswersOptions()), NullLogger<ExtractiveAnswerService>.Instance);
            t = Stopwatch.GetTimestamp();
            service.Answer(AnswerRequest.FromCli(questions[0]));
            var firstAnswerMs = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            Progress($"{name}: warming up");
            AnswerMeter.WarmUp(service, questions, settings.Budget);
            Progress($"{name}: latency over {settings.Questions} answers (at least {AnswerMeter.Window.TotalSeconds:F0} s, at most {settings.Budget.TotalSeconds:F0} s)");
            var latency = AnswerMeter.Latency(service, questions, settings.Questions, settings.Budget, cancellationToken);
            Progress($"{name}: answers/s on 1 thread");
            var one = AnswerMeter.Rate(service, questions, 1, settings.Questions, settings.Budget, cancellationToken);
            Progress($"{name}: answers/s on 2 threads");
            var two = AnswerMeter.Rate(service, questions, 2, settings.Questions, settings.Budget, cancellationToken);
            using var self = Process.GetCurrentProcess();
            self.Refresh();
            var memory = new MemoryFigures(Math.Max(self.PeakWorkingSet64, PeakResidentBytes()), managed, managed - baseline, heap);
            Progress($"{name}: answer quality on the dev sets");
            var quality = await AnswerQuality.ScoreAsync(service, folder, cancellationToken).ConfigureAwait(false);
            Progress($"{name}: timing the pipeline's stages");
            var answerPhases = PhaseProfiler.Answers(snapshot, service, questions, settings.Budget);
            // A sample of the documents: rebuilding a large corpus only to time its stages doubled the run.
            stages ??= PhaseProfiler.Index(documents, lexicon, firstInProcess: false, sample: Math.Max(1, documents.Count / 500));
            Progress($"{name}: a plain Lucene index of the same passages, for comparison");
            var plainMs = PlainLucene.BuildMs(snapshot.Passages);
            Progress($"{name}: opening the saved index again");
            t = Stopwatch.GetTimestamp();
            CorpusSnapshot.Build(documents, lexicon, store).Dispose();
            var openMs = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            StartupResult? savedStart = null;
            if (settings.StartupRuns > 0 && !firstInProcess)
            {
                Progress($"{name}: process start to first answer with the saved index");
                savedStart = await StartupMeter.MeasureAsync(1, new Dictionary<string, string> { ["Corpus__Folder"] = folder, ["Corpus__IndexFolder"] = storeFolder }, cancellationToken).ConfigureAwait(false);
            }

            var words = documents.Sum(d => (long)Words.Split(d.Text).Count);
            return new CorpusBench(name, documents.Count, words, snapshot.Passages.Count, lexiconMs, loadMs, buildMs, stages,
                firstAnswerMs, latency, one, two, answerPhases, memory, plainMs, new SavedIndexFigures(openMs, savedStart), quality);
        }
        finally
        {
            if (Directory.Exists(storeFolder)) Directory.Delete(storeFolder, recursive: true);
        }
    }

    /// <summary>The process' peak resident memory as the operating system counts it (VmHWM), or 0 where there is no /proc.</summary>
    private static long PeakResidentBytes()
    {
        try
        {
            var line = File.Exists("/proc/self/status") ? File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) : null;
            var kb = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
            return kb is not null && long.TryParse(kb, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v * 1024 : 0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    private static void Progress(string message) => Console.Error.WriteLine($"[bench {DateTime.UtcNow:HH:mm:ss}] {message}");
}

using System.Globalization;
using System.Text;

namespace ChatBot.Host.Bench;

/// <summary>The report as a person reads it: one table per corpus, then the targets with met / MISSED.</summary>
internal static class ReportPrinter
{
    /// <summary>The publish command the README's Speed figures were measured with (a test holds the README to it).</summary>
    public const string PublishCommand = "dotnet publish src/ChatBot -c Release -r linux-x64 -p:PublishReadyToRun=true -o out";

    public static string Render(BenchReport report)
    {
        var sb = new StringBuilder();
        Line(sb, $"ChatBot bench — {report.Configuration} build, {report.Runtime}, {report.Processors} processors, {report.DistinctQuestions} distinct questions cycled");
        Line(sb, $"Load average {report.LoadAverage} (other work on the machine inflates every figure).");
        if (report.Configuration != "Release")
        {
            Line(sb, "Note: not a Release build; run `dotnet run -c Release --project src/ChatBot -- bench` for figures that count.");
        }

        Corpus(sb, report.Seeds);
        if (report.Startup is { } startup)
        {
            Line(sb, "");
            Line(sb, "== Process start to first answer ==");
            Line(sb, $"  command                    {startup.Command}");
            if (startup.Error is not null) Line(sb, $"  FAILED                     {startup.Error}");
            else Line(sb, $"  runs (ms)                  {string.Join(", ", startup.RunsMs.Select(F0))}   median {F0(startup.MedianMs)}, min {F0(startup.MinMs)}");
            Line(sb, $"  (official figure: `{PublishCommand}`, then `out/ChatBot bench`;");
            Line(sb, "   ReadyToRun precompiles Lucene and the runtime libraries and about halves it; README, Speed)");
        }

        if (report.Synthetic is { } synthetic) Corpus(sb, synthetic);
        Line(sb, "");
        Line(sb, "== Targets ==");
        foreach (var t in report.Targets)
        {
            var measured = t.Unit is "s" or "GB" ? t.Measured.ToString("F2", CultureInfo.InvariantCulture) : F1(t.Measured);
            Line(sb, $"  {t.Measure,-44} {measured,10} {t.Unit,-3} target {(t.AtMost ? "≤" : "≥")} {t.Target.ToString(CultureInfo.InvariantCulture),-6} {(t.Met ? "met" : "MISSED")}");
        }

        Line(sb, report.AllTargetsMet ? "All targets met." : $"Targets missed: {report.Targets.Count(t => !t.Met)} of {report.Targets.Count}.");
        return sb.ToString();
    }

    private static void Corpus(StringBuilder sb, CorpusBench c)
    {
        Line(sb, "");
        Line(sb, $"== Corpus: {c.Name} — {c.Documents} documents, {c.Words:N0} words, {c.Passages:N0} passages ==");
        Line(sb, $"  lexicon load               {F1(c.LexiconLoadMs)} ms");
        Line(sb, $"  corpus load (read files)   {F1(c.CorpusLoadMs)} ms");
        Line(sb, $"  index build (snapshot)     {F1(c.IndexBuildMs)} ms");
        var stages = c.IndexPhases;
        Line(sb, $"    stages, {(stages.FirstInProcess ? "first build in the process (cold)" : "separate rebuild")}: segmentation {F1(stages.SegmentationMs)} ms, vocabulary {F1(stages.VocabularyMs)} ms ({stages.VocabularyWords:N0} distinct words), analysis + Lucene index {F1(stages.LuceneIndexMs)} ms");
        Line(sb, $"    of which one analysis pass over all passage texts takes {F1(stages.OneAnalysisPassMs)} ms (the build analyses each text several times)");
        Line(sb, $"  first answer               {F1(c.FirstAnswerMs)} ms (before warm-up)");
        Line(sb, $"  warm latency               p50 {F2(c.Latency.P50Ms)} ms, p99 {F2(c.Latency.P99Ms)} ms, mean {F2(c.Latency.MeanMs)} ms, max {F2(c.Latency.MaxMs)} ms over {c.Latency.Answers} answers{Budget(c.Latency.StoppedByBudget)}");
        Line(sb, $"    allocated {c.Latency.AllocatedBytesPerAnswer / 1024.0:F0} KB per answer; {c.Latency.Gen0Collections} gen0 and {c.Latency.Gen2Collections} gen2 collections during the run");
        Line(sb, "    slowest questions (mean / max ms):");
        foreach (var q in c.Latency.Slowest)
        {
            Line(sb, $"      {F2(q.MeanMs),8} / {F2(q.MaxMs),8}  {(q.Question.Length > 70 ? q.Question[..67] + "..." : q.Question)}");
        }

        Line(sb, $"  answers/s, 1 thread        {F0(c.OneThread.AnswersPerSecond)} ({c.OneThread.Answers} in {F2(c.OneThread.Seconds)} s){Budget(c.OneThread.StoppedByBudget)}");
        Line(sb, $"  answers/s, 2 threads       {F0(c.TwoThreads.AnswersPerSecond)} ({c.TwoThreads.Answers} in {F2(c.TwoThreads.Seconds)} s){Budget(c.TwoThreads.StoppedByBudget)}");
        var p = c.AnswerPhases;
        Line(sb, $"  where an answer's time goes (mean µs over {p.Questions} answers; whole answer {F0(p.WholeAnswerUs)} µs):");
        Line(sb, $"    question reading {F0(p.ReadUs)} | concepts {F0(p.ConceptsUs)} | Lucene search {F0(p.SearchUs)} | ranking excl. search {F0(p.RankingUs)} | quotes {F0(p.QuotesUs)} | (spelling correction uncached, for a new question: {F0(p.SpellingUs)})");
        var k = p.AllocatedKb;
        Line(sb, $"  allocated per answer (KB; whole answer {F0(k.WholeAnswer)}):");
        Line(sb, $"    question reading {F0(k.Read)} | concepts {F0(k.Concepts)} | Lucene search {F0(k.Search)} | ranking excl. search {F0(k.Ranking)} | quotes {F0(k.Quotes)} | (spelling correction uncached: {F0(k.Spelling)})");
        Line(sb, $"  memory                     peak working set {Mb(c.Memory.PeakWorkingSetBytes)} MB, managed after index {Mb(c.Memory.ManagedAfterIndexBytes)} MB (corpus + index {Mb(c.Memory.ManagedForCorpusBytes)} MB), GC heap {Mb(c.Memory.GcHeapSizeBytes)} MB");
    }

    private static string Budget(bool stopped) => stopped ? " (stopped at the time budget)" : "";

    private static string F0(double v) => v.ToString("F0", CultureInfo.InvariantCulture);

    private static string F1(double v) => v.ToString("F1", CultureInfo.InvariantCulture);

    private static string F2(double v) => v.ToString("F2", CultureInfo.InvariantCulture);

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("F0", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder sb, string text) => sb.Append(text).Append('\n');
}

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
            var measured = t.Unit is "s" or "×" or "" ? t.Measured.ToString("F2", CultureInfo.InvariantCulture) : F1(t.Measured);
            Line(sb, $"  {t.Measure,-44} {measured,10} {t.Unit,-3} target {(t.AtMost ? "≤" : "≥")} {t.Target.ToString(CultureInfo.InvariantCulture),-6} {(t.Met ? "met" : "MISSED")}");
        }

        if (report.PeakResidentBytes > 0) Line(sb, $"Peak resident memory of the whole run (VmHWM): {Mb(report.PeakResidentBytes)} MiB.");
        Line(sb, report.AllTargetsMet ? "All targets met." : $"Targets missed: {report.Targets.Count(t => !t.Met)} of {report.Targets.Count}.");
        return sb.ToString();
    }

    private static void Corpus(StringBuilder sb, CorpusBench c)
    {
        Line(sb, "");
        Line(sb, $"== Corpus: {c.Name} — {c.Documents} documents, {c.Words:N0} words, {c.Passages:N0} passages ==");
        Line(sb, $"  lexicon load               {F1(c.LexiconLoadMs)} ms");
        Line(sb, $"  corpus load (read files)   {F1(c.CorpusLoadMs)} ms");
        Line(sb, $"  index build, saved to disk {F1(c.IndexBuildMs)} ms (first build: segmentation, speakers, analysis, Lucene, saved passages)");
        Line(sb, $"  plain Lucene, same texts   {F1(c.PlainLuceneMs)} ms (stock Dutch/English analyzers, in memory): build ratio {c.BuildRatio.ToString("F2", CultureInfo.InvariantCulture)}");
        Line(sb, $"  saved index opened again   {F1(c.Saved.OpenMs)} ms (unchanged documents: nothing segmented or analysed)");
        if (c.Saved.StartWithSavedIndex is { } start)
        {
            Line(sb, start.Error is null
                ? $"  process start to first answer, saved index: {F0(start.MedianMs)} ms"
                : $"  process start to first answer, saved index: FAILED {start.Error}");
        }

        var stages = c.IndexPhases;
        var scope = stages.Sample > 1 ? $"every {stages.Sample}th document ({stages.Passages:N0} passages)" : "all documents";
        Line(sb, $"    stages over {scope}{(stages.FirstInProcess ? ", cold" : "")}: segmentation + speakers/subjects {F1(stages.SegmentationMs)} ms, vocabulary {F1(stages.VocabularyMs)} ms ({stages.VocabularyWords:N0} distinct words), analysis + Lucene index {F1(stages.LuceneIndexMs)} ms");
        Line(sb, $"    one more analysis pass over those passages (words already known) {F1(stages.OneAnalysisPassMs)} ms");
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
        Line(sb, $"    question reading {F0(p.ReadUs)} | concepts (spelling remembered) {F0(p.ConceptsUs)} | spelling of unknown words, not remembered {F0(p.SpellingUs)} | Lucene search {F0(p.SearchUs)} | ranking excl. search {F0(p.RankingUs)} | quotes {F0(p.QuotesUs)}");
        var k = p.AllocatedKb;
        Line(sb, $"  allocated per answer (KB; whole answer {F0(k.WholeAnswer)}):");
        Line(sb, $"    question reading {F0(k.Read)} | concepts {F0(k.Concepts)} | spelling, not remembered {F0(k.Spelling)} | Lucene search {F0(k.Search)} | ranking excl. search {F0(k.Ranking)} | quotes {F0(k.Quotes)}");
        Line(sb, $"  memory                     peak resident so far {Mb(c.Memory.PeakWorkingSetBytes)} MiB, managed after index {Mb(c.Memory.ManagedAfterIndexBytes)} MiB (corpus + index {Mb(c.Memory.ManagedForCorpusBytes)} MiB), GC heap {Mb(c.Memory.GcHeapSizeBytes)} MiB");
        foreach (var q in c.Quality)
        {
            Line(sb, $"  answers, {q.Set,-5} ({q.Questions} questions) recall {q.Recall.ToString("F3", CultureInfo.InvariantCulture)}, abstain {q.Abstain.ToString("F3", CultureInfo.InvariantCulture)}   (score.py: {q.ScoreLine[..Math.Min(q.ScoreLine.Length, 60)]}…)");
        }

        if (c.Quality.Count == 0) Line(sb, "  answers                    not scored (no ../shared/eval or no python3)");
    }

    private static string Budget(bool stopped) => stopped ? " (stopped at the time budget)" : "";

    private static string F0(double v) => v.ToString("F0", CultureInfo.InvariantCulture);

    private static string F1(double v) => v.ToString("F1", CultureInfo.InvariantCulture);

    private static string F2(double v) => v.ToString("F2", CultureInfo.InvariantCulture);

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("F0", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder sb, string text) => sb.Append(text).Append('\n');
}

using System.Diagnostics;
using ChatBot.Answers.Answering;
using ChatBot.Answers.Model;

namespace ChatBot.Host.Bench;

/// <summary>Warm latency and throughput of the real answer service, each run bounded by answers and by time.</summary>
internal static class AnswerMeter
{
    /// <summary>Each measurement runs at least this long (and its number of answers): short windows were mostly noise.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Long enough for tiered compilation to have finished the hot paths (it waits for calls to calm down, then
    /// compiles in the background, with profile-guided tiers in between): at least twenty rounds of the questions
    /// and five seconds, within the budget. Shorter warm-ups measured the engine half-compiled.
    /// </summary>
    public static void WarmUp(ExtractiveAnswerService service, IReadOnlyList<string> questions, TimeSpan budget)
    {
        var clock = Stopwatch.StartNew();
        var minimum = TimeSpan.FromSeconds(Math.Min(5, budget.TotalSeconds));
        for (var i = 0; (i < questions.Count * 20 || clock.Elapsed < minimum) && clock.Elapsed < budget; i++)
        {
            service.Answer(AnswerRequest.FromCli(questions[i % questions.Count]));
        }
    }

    public static LatencyStats Latency(ExtractiveAnswerService service, IReadOnlyList<string> questions, int answers, TimeSpan budget, CancellationToken cancellationToken)
    {
        var times = new List<double>(answers);
        var perQuestion = new double[questions.Count];
        var maxPerQuestion = new double[questions.Count];
        var asked = new int[questions.Count];
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var (gen0, gen2) = (GC.CollectionCount(0), GC.CollectionCount(2));
        var clock = Stopwatch.StartNew();
        var stopped = false;
        for (var i = 0; (i < answers || clock.Elapsed < Window) && !stopped; i++)
        {
            stopped = clock.Elapsed > budget;
            if (stopped) break;
            cancellationToken.ThrowIfCancellationRequested();
            var q = i % questions.Count;
            var request = AnswerRequest.FromCli(questions[q]);
            var started = Stopwatch.GetTimestamp();
            service.Answer(request);
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            times.Add(ms);
            perQuestion[q] += ms;
            maxPerQuestion[q] = Math.Max(maxPerQuestion[q], ms);
            asked[q]++;
        }

        var slowest = Enumerable.Range(0, questions.Count).Where(q => asked[q] > 0)
            .Select(q => new SlowQuestion(questions[q], perQuestion[q] / asked[q], maxPerQuestion[q]))
            .OrderByDescending(s => s.MeanMs).Take(5).ToList();
        return LatencyStats.From(times, stopped, GC.GetAllocatedBytesForCurrentThread() - allocated,
            GC.CollectionCount(0) - gen0, GC.CollectionCount(2) - gen2, slowest);
    }

    /// <summary>Each thread asks the questions from its own offset until the shared count or the time runs out.</summary>
    public static Throughput Rate(ExtractiveAnswerService service, IReadOnlyList<string> questions, int threads, int answers, TimeSpan budget, CancellationToken cancellationToken)
    {
        var remaining = answers;
        var done = 0;
        var overBudget = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, threads).Select(t => Task.Factory.StartNew(() =>
        {
            var i = t * questions.Count / threads;
            while (Interlocked.Decrement(ref remaining) >= 0 || clock.Elapsed < Window)
            {
                if (clock.Elapsed > budget || cancellationToken.IsCancellationRequested)
                {
                    Interlocked.Exchange(ref overBudget, 1);
                    return;
                }

                service.Answer(AnswerRequest.FromCli(questions[i++ % questions.Count]));
                Interlocked.Increment(ref done);
            }
        }, cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        Task.WaitAll(workers, cancellationToken);
        var seconds = clock.Elapsed.TotalSeconds;
        return new Throughput(threads, done, seconds, done / Math.Max(seconds, 1e-9), overBudget == 1);
    }
}

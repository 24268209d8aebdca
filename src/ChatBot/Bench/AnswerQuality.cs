using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ChatBot.Answers.Answering;
using ChatBot.Answers.Model;
using ChatBot.Host.Cli;

namespace ChatBot.Host.Bench;

/// <summary>One dev set's score with a corpus loaded: score.py's recall and abstain (as run-all.sh prints them).</summary>
internal sealed record QualityFigure(string Set, int Questions, double Recall, double Abstain, string ScoreLine);

/// <summary>
/// What the engine answers at a corpus size, beside how fast: the dev sets beside the repository
/// (../shared/eval/dev*.jsonl) answered in-process, scored by the same score.py as run-all.sh against the corpus
/// folder. Nothing when the dev sets or python3 are missing.
/// </summary>
internal static class AnswerQuality
{
    private static readonly string[] Sets = ["dev", "dev2", "dev4"];

    public static string? EvalFolder
    {
        get
        {
            var folder = Path.GetFullPath(Path.Combine(ContentRoot.Find(), "..", "shared", "eval"));
            return File.Exists(Path.Combine(folder, "score.py")) ? folder : null;
        }
    }

    public static async Task<IReadOnlyList<QualityFigure>> ScoreAsync(ExtractiveAnswerService service, string corpusFolder, CancellationToken cancellationToken)
    {
        if (EvalFolder is not { } eval) return [];
        var figures = new List<QualityFigure>();
        foreach (var set in Sets)
        {
            var cases = Path.Combine(eval, set + ".jsonl");
            if (!File.Exists(cases)) continue;
            var answersPath = Path.Combine(Path.GetTempPath(), $"chatbot-bench-{set}-{Guid.NewGuid():N}.jsonl");
            try
            {
                var lines = new List<string>();
                foreach (var line in await File.ReadAllLinesAsync(cases, cancellationToken).ConfigureAwait(false))
                {
                    if (string.IsNullOrWhiteSpace(line)) continue;
                    using var json = JsonDocument.Parse(line);
                    var id = json.RootElement.GetProperty("id").GetString();
                    var answer = service.Answer(AnswerRequest.FromCli(json.RootElement.GetProperty("question").GetString() ?? ""));
                    lines.Add(AskRunner.ContractLine(id, answer));
                }

                await File.WriteAllLinesAsync(answersPath, lines, cancellationToken).ConfigureAwait(false);
                var score = await RunScoreAsync(eval, cases, answersPath, corpusFolder, cancellationToken).ConfigureAwait(false);
                if (score is null) return figures;
                figures.Add(new QualityFigure(set, lines.Count, Value(score, "recall"), Value(score, "abstain"), score));
            }
            finally
            {
                File.Delete(answersPath);
            }
        }

        return figures;
    }

    private static async Task<string?> RunScoreAsync(string eval, string cases, string answers, string seeds, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(eval, "score.py"), "--cases", cases, "--answers", answers, "--seeds", seeds }) info.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(info);
            if (process is null) return null;
            var output = await process.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            await process.StandardError.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => l.StartsWith("recall=", StringComparison.Ordinal));
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // no python3 on this machine
        }
    }

    private static double Value(string line, string key)
    {
        var field = line.Split(' ').FirstOrDefault(f => f.StartsWith(key + "=", StringComparison.Ordinal));
        return field is not null && double.TryParse(field[(key.Length + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN;
    }
}

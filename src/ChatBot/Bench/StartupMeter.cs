using System.Diagnostics;
using System.Reflection;
using ChatBot.Host.Cli;

namespace ChatBot.Host.Bench;

/// <summary>Process start to first answer: runs this same build as `ask "…"` in a child process and times it to exit.</summary>
internal sealed record StartupResult(string Command, IReadOnlyList<double> RunsMs, double MedianMs, double MinMs, string? Error);

internal static class StartupMeter
{
    public const string Question = "Wat vindt BIJ1 van vreemdelingendetentie?";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    public static async Task<StartupResult> MeasureAsync(int runs, CancellationToken cancellationToken) =>
        await MeasureAsync(runs, new Dictionary<string, string>(), cancellationToken).ConfigureAwait(false);

    /// <param name="environment">Settings for the child (a corpus folder, an index folder).</param>
    public static async Task<StartupResult> MeasureAsync(int runs, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var (file, prefix) = Launcher();
        var command = string.Join(' ', [file, .. prefix, "ask", $"\"{Question}\""]);
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var info = new ProcessStartInfo(file)
            {
                WorkingDirectory = ContentRoot.Find(),
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in prefix) info.ArgumentList.Add(argument);
            foreach (var (key, value) in environment) info.Environment[key] = value;
            info.ArgumentList.Add("ask");
            info.ArgumentList.Add(Question);

            var started = Stopwatch.GetTimestamp();
            using var process = Process.Start(info);
            if (process is null) return new StartupResult(command, times, 0, 0, "the process did not start");
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                return new StartupResult(command, times, 0, 0, $"no answer within {Timeout.TotalSeconds:F0} s");
            }

            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var answer = await output.ConfigureAwait(false);
            var stderr = await errors.ConfigureAwait(false);
            if (process.ExitCode != 0 || answer.Length == 0)
            {
                return new StartupResult(command, times, 0, 0, $"exit code {process.ExitCode}: {stderr.Trim()}");
            }

            times.Add(elapsed);
        }

        var sorted = times.Order().ToList();
        return new StartupResult(command, times, sorted.Count == 0 ? 0 : sorted[sorted.Count / 2], sorted.Count == 0 ? 0 : sorted[0], null);
    }

    /// <summary>The apphost when there is one; under `dotnet ChatBot.dll` the dotnet host with the same dll.</summary>
    private static (string File, string[] Prefix) Launcher()
    {
        var path = Environment.ProcessPath ?? "dotnet";
        var dll = Assembly.GetEntryAssembly()?.Location;
        return Path.GetFileNameWithoutExtension(path).Equals("dotnet", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(dll)
            ? (path, [dll])
            : (path, []);
    }
}

using System.Diagnostics;

namespace ChatBot.Tests.Cli;

/// <summary>What one run of the real command line printed.</summary>
public sealed record CliResult(int ExitCode, IReadOnlyList<string> StdoutLines, string Stderr);

/// <summary>
/// Runs the built host (ChatBot.dll, copied beside this test assembly) as its own process from the repository root,
/// where it finds appsettings.json and seeds/. Every run is bounded by a timeout.
/// </summary>
internal static class CliRun
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public static string RepoRoot { get; } = FindRepoRoot();

    public static async Task<CliResult> RunAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, string? stdin = null, byte[]? stdinBytes = null)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ChatBot.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // The ask command must never reach a chat platform, whatever the developer's shell holds (a test may set one).
        start.Environment.Remove("TELEGRAM_BOT_TOKEN");
        start.Environment.Remove("DISCORD_BOT_TOKEN");
        // These tests hold the extractive answer service to the contract; the language-model mode has its own tests.
        start.Environment["Llm__Enabled"] = "false";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        if (stdin is not null) await process.StandardInput.WriteAsync(stdin);
        if (stdinBytes is not null) await process.StandardInput.BaseStream.WriteAsync(stdinBytes);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"ChatBot {string.Join(' ', args)} did not finish within {Timeout.TotalSeconds} s. Stderr: {await stderr}");
        }

        var lines = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        return new CliResult(process.ExitCode, lines, await stderr);
    }

    internal static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No ChatBot.sln above {AppContext.BaseDirectory}; run the tests from inside the repository.");
    }
}

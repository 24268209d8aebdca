using System.Diagnostics;
using System.Text;
using ChatBot.Tests.Cli;

namespace ChatBot.Tests.Support;

/// <summary>
/// The real bot host (ChatBot.dll without a verb) as a running process: stdin stays open (the console chat waits for
/// it), stdout and stderr are collected as they come, and it can be sent a signal as a terminal's Ctrl-C would.
/// Its audit and Telegram data go to a temporary folder, never the repository's data/.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly string _data;

    private HostProcess(Process process, string data)
    {
        _process = process;
        _data = data;
    }

    public int Id => _process.Id;

    public string Stdout { get { lock (_stdout) return _stdout.ToString(); } }

    public string Stderr { get { lock (_stderr) return _stderr.ToString(); } }

    /// <param name="environment">Variables set for the host.</param>
    /// <param name="interruptIgnored">
    /// Starts it as a shell starts a background job (`sleep 90 | ChatBot &amp;`, a script): with SIGINT ignored,
    /// inherited through exec, so the process id stays the host's.
    /// </param>
    public static HostProcess Start(IReadOnlyDictionary<string, string>? environment = null, bool interruptIgnored = false)
    {
        var data = Path.Combine(Path.GetTempPath(), "chatbot-host-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(interruptIgnored ? "bash" : CliRun.DotnetHost())
        {
            WorkingDirectory = CliRun.RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (interruptIgnored)
        {
            foreach (var arg in new[] { "-c", "trap '' INT; exec \"$0\" \"$@\"", CliRun.DotnetHost() }) start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ChatBot.dll"));
        start.Environment.Remove("TELEGRAM_BOT_TOKEN");
        start.Environment.Remove("DISCORD_BOT_TOKEN");
        start.Environment["Llm__Enabled"] = "false";
        start.Environment["Audit__DataFolder"] = data;
        start.Environment["Telegram__DataFolder"] = Path.Combine(data, "telegram");
        start.Environment["Corpus__WatchForChanges"] = "false";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var host = new HostProcess(process, data);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (host._stdout) host._stdout.Append(e.Data).Append('\n'); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (host._stderr) host._stderr.Append(e.Data).Append('\n'); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Waits until stdout or stderr holds <paramref name="text"/>; generous, for a busy machine.</summary>
    public async Task WaitForOutputAsync(string text, int timeoutSeconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (!Stdout.Contains(text, StringComparison.Ordinal) && !Stderr.Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No '{text}' from the host (exited: {_process.HasExited}). Stderr:\n{Stderr}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Sends a POSIX signal (INT as Ctrl-C, TERM as systemd's stop) with kill(1).</summary>
    public async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    /// <summary>The exit code, or a TimeoutException (and the process killed) when it does not end in time.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The host did not exit within {timeout.TotalSeconds} s. Stderr:\n{Stderr}");
        }

        _process.WaitForExit(); // flushes the redirected output
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}

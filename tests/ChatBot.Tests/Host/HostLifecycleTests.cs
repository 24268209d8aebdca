using System.Diagnostics;
using ChatBot.Tests.Support;
using Xunit.Abstractions;

namespace ChatBot.Tests.Host;

/// <summary>The bot host as a real process: how it stops, how it fails and what it logs.</summary>
public sealed class HostLifecycleTests(ITestOutputHelper output)
{
    private const string ValidShapeToken = "123456789:AAHfakefakefakefakefakefakefakefake12";

    [Fact]
    public async Task Ctrl_C_in_the_console_chat_exits_cleanly_within_seconds()
    {
        // Arrange: stdin stays open, so the chat is waiting for a line when the signal comes.
        await using var host = HostProcess.Start();
        await host.WaitForOutputAsync("this is the console chat");
        await Task.Delay(500);

        // Act
        var stopwatch = Stopwatch.StartNew();
        await host.SignalAsync("INT");
        var exitCode = await host.WaitForExitAsync(TimeSpan.FromSeconds(60));
        stopwatch.Stop();
        output.WriteLine($"exit {exitCode} after {stopwatch.ElapsedMilliseconds} ms");

        // Assert: the old exit took the host's 30 s shutdown timeout; 5 s leaves room for a busy machine.
        Assert.Equal(0, exitCode);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"Ctrl-C took {stopwatch.Elapsed.TotalSeconds:0.0} s");
        Assert.DoesNotContain("Exception", host.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task A_signal_stops_the_console_chat_also_when_started_with_interrupt_ignored_as_a_background_job(string signal)
    {
        // Arrange: as `sleep 90 | ChatBot &` or a supervisor's script starts it; stdin is a pipe, not a terminal.
        await using var host = HostProcess.Start(interruptIgnored: true);
        await host.WaitForOutputAsync("this is the console chat");
        await Task.Delay(500);

        // Act
        var stopwatch = Stopwatch.StartNew();
        await host.SignalAsync(signal);
        var exitCode = await host.WaitForExitAsync(TimeSpan.FromSeconds(20));
        output.WriteLine($"SIG{signal}: exit {exitCode} after {stopwatch.ElapsedMilliseconds} ms");

        // Assert: it stops (before the fix SIGINT was ignored and it ran on); 5 s leaves room for a busy machine.
        Assert.Equal(0, exitCode);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"SIG{signal} took {stopwatch.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public async Task A_token_telegram_rejects_stops_the_host_with_exit_code_3()
    {
        await using var platforms = FakePlatforms.Start();
        await using var host = HostProcess.Start(new Dictionary<string, string>
        {
            ["TELEGRAM_BOT_TOKEN"] = ValidShapeToken,
            ["Telegram__BaseUrl"] = platforms.TelegramBaseUrl,
        });

        var exitCode = await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(3, exitCode);
        Assert.Contains("Telegram rejected the bot token (401 Unauthorized)", host.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(ValidShapeToken, host.Stderr + host.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("AAHfake", host.Stderr + host.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_discord_rejects_with_close_4004_stops_the_host_with_exit_code_3()
    {
        await using var platforms = FakePlatforms.Start();
        await using var host = HostProcess.Start(new Dictionary<string, string>
        {
            ["DISCORD_BOT_TOKEN"] = "discord-token-that-is-refused",
            ["Discord__Enabled"] = "true",
            ["Discord__ApplicationId"] = "900000000000000002",
            ["Discord__ApiBaseUrl"] = platforms.DiscordApiBaseUrl,
        });

        var exitCode = await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(3, exitCode);
        Assert.Equal(1, platforms.DiscordCloseCodesSent);
        Assert.Contains("gateway close 4004", host.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("discord-token-that-is-refused", host.Stderr + host.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Offline_each_retry_is_one_log_line_with_attempt_and_delay_and_no_stack_trace()
    {
        // Arrange: nothing listens on port 9 (discard), as when the machine is offline.
        await using var host = HostProcess.Start(new Dictionary<string, string>
        {
            ["TELEGRAM_BOT_TOKEN"] = ValidShapeToken,
            ["Telegram__BaseUrl"] = "http://127.0.0.1:9",
            ["Telegram__TransientRetryBaseDelayMs"] = "50",
        });

        // Act
        await host.WaitForOutputAsync("(attempt 2)");
        await host.SignalAsync("TERM");
        await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

        // Assert
        var lines = host.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        output.WriteLine(host.Stderr);
        // One warning per attempt, numbered on from 1, with the cause; the HttpClient's own retries within an
        // attempt are not repeated as warnings of their own (they are at Debug).
        var attempts = lines.Where(l => l.Contains("Cannot reach the Telegram Bot API at start (attempt", StringComparison.Ordinal)).ToList();
        Assert.True(attempts.Count >= 2, host.Stderr);
        Assert.Contains("(attempt 1); next attempt in 1 s", attempts[0], StringComparison.Ordinal);
        Assert.Contains("(attempt 2); next attempt in 2 s", attempts[1], StringComparison.Ordinal);
        Assert.All(attempts, l => Assert.Contains("Connection refused", l, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(" of 4 in ", StringComparison.Ordinal));
        Assert.Equal(attempts.Count, lines.Count(l => l.StartsWith("warn", StringComparison.Ordinal)));
        Assert.DoesNotContain(lines, l => l.Contains(" at System.", StringComparison.Ordinal) || l.Contains("Polly", StringComparison.Ordinal)
                                          || l.Contains("--- End of", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.True(l.Length < 400, "one short line per event: " + l));
    }

    [Fact]
    public async Task A_discord_token_without_discord_enabled_warns_at_start_with_the_fix()
    {
        await using var host = HostProcess.Start(new Dictionary<string, string> { ["DISCORD_BOT_TOKEN"] = "a-discord-token-value" });

        await host.WaitForOutputAsync("this is the console chat");
        await host.SignalAsync("INT");
        await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Contains("DISCORD_BOT_TOKEN is set but Discord is not enabled, so no Discord bot runs: set Discord__Enabled=true", host.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("a-discord-token-value", host.Stderr + host.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Log_lines_carry_no_colour_codes_when_stderr_is_not_a_terminal_even_with_stdout_on_one()
    {
        // script(1) gives the host a terminal for stdout; stderr goes to a file, as with `2>bot.log`.
        if (!File.Exists("/usr/bin/script"))
        {
            return;
        }

        var log = Path.Combine(Path.GetTempPath(), $"chatbot-stderr-{Guid.NewGuid():N}.log");
        var dll = Path.Combine(AppContext.BaseDirectory, "ChatBot.dll");
        var data = Path.Combine(Path.GetTempPath(), $"chatbot-colour-{Guid.NewGuid():N}");
        var command = $"DISCORD_BOT_TOKEN=x Audit__DataFolder='{data}' Llm__Enabled=false '{Cli.CliRun.DotnetHost()}' '{dll}' </dev/null 2>'{log}'";
        var start = new ProcessStartInfo("/usr/bin/script", ["-qec", command, "/dev/null"])
        {
            WorkingDirectory = Cli.CliRun.RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.Environment.Remove("NO_COLOR");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        await stdout;

        var stderr = await File.ReadAllTextAsync(log);
        File.Delete(log);
        if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
        Assert.Contains("DISCORD_BOT_TOKEN is set", stderr, StringComparison.Ordinal); // a warning was written
        Assert.DoesNotContain("\u001b[", stderr, StringComparison.Ordinal);
    }
}

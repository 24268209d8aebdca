namespace ChatBot.Tests.Cli;

/// <summary>Bad settings stop every verb and the host with one line on stderr and exit code 2, never a stack trace.</summary>
public sealed class StartErrorTests
{
    public static TheoryData<string, string, string, string> Unconvertible()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var verb in new[] { "ask", "audit", "import", "host" })
        {
            data.Add(verb, "Answers__MinCoverage", "abc", "Answers:MinCoverage is 'abc' but must be a number with a dot as decimal separator");
            data.Add(verb, "Answers__MinCoverage", "0,6", "Answers:MinCoverage is '0,6' but must be a number with a dot as decimal separator");
            data.Add(verb, "Corpus__WatchForChanges", "maybe", "Corpus:WatchForChanges is 'maybe' but must be true or false");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Unconvertible))]
    public async Task A_setting_that_cannot_be_converted_is_one_line_naming_key_type_and_fix_with_exit_code_2(string verb, string key, string value, string expected)
    {
        // Act
        var result = await CliRun.RunAsync(Args(verb), Environment(key, value));

        // Assert
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(Lines(result.Stderr));
        Assert.StartsWith("ChatBot could not start: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.Contains($"environment variable {key}", line, StringComparison.Ordinal);
        Assert.Empty(result.StdoutLines);
    }

    [Fact]
    public async Task An_out_of_range_setting_in_host_mode_is_one_line_without_a_stack_trace()
    {
        var result = await CliRun.RunAsync(Args("host"), Environment("Answers__MinCoverage", "5"));

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(Lines(result.Stderr));
        Assert.Contains("MinCoverage", line, StringComparison.Ordinal);
        Assert.Contains("between 0.05 and 1", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_telegram_token_is_a_start_error_naming_the_variable_and_form_but_never_the_token()
    {
        var result = await CliRun.RunAsync(Args("host"), Environment("TELEGRAM_BOT_TOKEN", "not-a-token-SECRET"));

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(Lines(result.Stderr));
        Assert.Contains("TELEGRAM_BOT_TOKEN is not a bot token: expected the form 123456789:AAH…", line, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", result.Stderr + string.Join('\n', result.StdoutLines), StringComparison.Ordinal);
        Assert.DoesNotContain("Bot token invalid", result.Stderr, StringComparison.Ordinal);
    }

    private static string[] Args(string verb) => verb switch
    {
        "ask" => ["ask", "wat vindt bij1 van detentie?"],
        "audit" => ["audit", "--limit", "1"],
        "import" => ["import", Path.Combine(Path.GetTempPath(), "chatbot-start-errors", "never-read.txt")],
        _ => [],
    };

    private static Dictionary<string, string> Environment(string key, string value) => new()
    {
        [key] = value,
        ["Audit__DataFolder"] = Path.Combine(Path.GetTempPath(), "chatbot-start-errors"),
    };

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

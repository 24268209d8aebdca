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

    public static TheoryData<string, string, string, string> OutOfRange()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var verb in new[] { "ask", "audit", "host" })
        {
            data.Add(verb, "Answers__MinCoverage", "2", "Answers:MinCoverage must be between 0.05 and 1.");
            data.Add(verb, "Answers__QuotesPerSource", "5", "Answers:QuotesPerSource must be between 1 and 3.");
            data.Add(verb, "Audit__RetentionDays", "-3", "Audit:RetentionDays must be between 1 and 36500.");
            data.Add(verb, "Llm__Enabled", "true", "Llm:Endpoint must be an absolute http(s) URL");
            data.Add(verb, "Metrics__Exporter", "Foo", "Metrics:Exporter is 'Foo' but must be one of None, Prometheus, Otlp.");
            data.Add(verb, "Discord__Enabled", "yes", "Discord:Enabled is 'yes' but must be true or false.");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public async Task Every_verb_checks_every_section_and_says_key_allowed_values_and_fix_in_one_line(string verb, string key, string value, string expected)
    {
        var result = await CliRun.RunAsync(Args(verb), Environment(key, value));

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(Lines(result.Stderr));
        Assert.StartsWith("ChatBot could not start: " + expected, line, StringComparison.Ordinal);
        Assert.Contains("Fix it in appsettings.json or in the environment variable " + (key == "Llm__Enabled" ? "Llm__Endpoint" : key) + ".", line, StringComparison.Ordinal);
        Assert.DoesNotContain("DataAnnotation", line, StringComparison.Ordinal);
        Assert.Empty(result.StdoutLines);
    }

    [Fact]
    public async Task Audit_in_an_empty_data_folder_says_there_is_no_trail_yet_and_creates_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("chatbot-audit-empty-").FullName;
        try
        {
            var result = await CliRun.RunAsync(["audit"], new Dictionary<string, string> { ["Audit__DataFolder"] = folder });

            Assert.Equal(0, result.ExitCode);
            Assert.Empty(result.StdoutLines);
            Assert.Contains("No audit trail yet", result.Stderr, StringComparison.Ordinal);
            Assert.Empty(Directory.EnumerateFileSystemEntries(folder)); // a read-only verb creates no state
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Ask_refuses_a_malformed_telegram_token_as_the_host_does()
    {
        var result = await CliRun.RunAsync(Args("ask"), new Dictionary<string, string> { ["TELEGRAM_BOT_TOKEN"] = "bogus" });

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("TELEGRAM_BOT_TOKEN is not a bot token", Assert.Single(Lines(result.Stderr)), StringComparison.Ordinal);
        Assert.DoesNotContain("bogus", result.Stderr, StringComparison.Ordinal);
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

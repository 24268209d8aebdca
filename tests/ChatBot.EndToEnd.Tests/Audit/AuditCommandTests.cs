using System.Text.Json;
using ChatBot.EndToEnd.Tests.Support;
using ChatBot.Operations.Audit;

namespace ChatBot.EndToEnd.Tests.Audit;

/// <summary>The `audit` verb of the built host, run as a process against a temp data folder.</summary>
public sealed class AuditCommandTests : IAsyncLifetime
{
    private readonly TempFolder _folder = TempFolder.Create();
    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;
    private AuditRecord _old = null!;
    private AuditRecord _pinned = null!;
    private AuditRecord _discord = null!;

    public async Task InitializeAsync()
    {
        _old = SqliteAuditTrail.Record("telegram", "-1001", "=HYPERLINK(\"x\") oud", _now.AddDays(-10));
        _pinned = SqliteAuditTrail.Record("telegram", "-1001", "Wat vindt BIJ1 van detentie?", _now.AddHours(-2));
        _discord = SqliteAuditTrail.Record("discord", "555", "Wat vindt \"BIJ1\", echt, van <asiel> & migratie?", _now.AddHours(-1));
        await SqliteAuditTrail.WriteAsync(_folder.Path,
        [
            new AnswerAuditEntry(_old), new AnswerAuditEntry(_pinned), new AnswerAuditEntry(_discord),
            SqliteAuditTrail.Pin(_pinned, "9001", _now.AddMinutes(-90)),
        ]);
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Json_lines_are_filtered_by_since_platform_and_chat()
    {
        var result = await AuditCli.RunAsync(_folder.Path, "--since", "7d", "--platform", "telegram", "--chat=-1001");

        Assert.True(result.ExitCode == 0, result.StandardError);
        var line = Assert.Single(Lines(result.StandardOutput));
        using var json = JsonDocument.Parse(line);
        Assert.Equal(_pinned.AnswerId.ToString(), json.RootElement.GetProperty("answer_id").GetString());
        Assert.Equal("Wat vindt BIJ1 van detentie?", json.RootElement.GetProperty("question").GetString());
    }

    [Fact]
    public async Task All_answers_come_oldest_first_with_citations_and_readable_text()
    {
        var result = await AuditCli.RunAsync(_folder.Path);

        Assert.True(result.ExitCode == 0, result.StandardError);
        var lines = Lines(result.StandardOutput);
        Assert.Equal(3, lines.Count);
        Assert.Contains(_old.AnswerId.ToString(), lines[0], StringComparison.Ordinal);
        Assert.Contains(_discord.AnswerId.ToString(), lines[2], StringComparison.Ordinal);
        Assert.Contains("<asiel> & migratie", lines[2], StringComparison.Ordinal);
        Assert.Contains("b8810ead333ab498", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pinned_only_as_csv_gives_the_header_and_the_pinned_answer_with_its_moderator()
    {
        var result = await AuditCli.RunAsync(_folder.Path, "--pinned", "--format", "csv");

        Assert.True(result.ExitCode == 0, result.StandardError);
        var lines = Lines(result.StandardOutput);
        Assert.Equal(2, lines.Count);
        Assert.StartsWith("answer_id,answered_at,platform,chat_id", lines[0], StringComparison.Ordinal);
        Assert.StartsWith(_pinned.AnswerId.ToString(), lines[1], StringComparison.Ordinal);
        Assert.Contains(",9001,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Limit_keeps_the_oldest_answers_and_csv_guards_formulas()
    {
        var result = await AuditCli.RunAsync(_folder.Path, "--limit", "1", "--format", "CSV");

        Assert.True(result.ExitCode == 0, result.StandardError);
        var row = Lines(result.StandardOutput)[1];
        Assert.StartsWith(_old.AnswerId.ToString(), row, StringComparison.Ordinal);
        Assert.EndsWith("\"'=HYPERLINK(\"\"x\"\") oud\"", row, StringComparison.Ordinal);
        Assert.Equal(2, Lines(result.StandardOutput).Count);
    }

    [Theory]
    [InlineData("--since", "yesterday")]
    [InlineData("--since", "7w")]
    [InlineData("--since", "1000000d")]
    [InlineData("--since", "52000000d")]
    [InlineData("--format", "xml")]
    [InlineData("--platform", "whatsapp")]
    [InlineData("--limit", "0")]
    [InlineData("--limit", "many")]
    [InlineData("--chat", " ")]
    public async Task A_bad_option_value_is_named_in_a_message_and_exits_with_code_1(string option, string value)
    {
        var result = await AuditCli.RunAsync(_folder.Path, option, value);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(option, result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(Lines(result.StandardOutput), l => l.StartsWith('{'));
    }

    [Fact]
    public async Task A_data_folder_that_cannot_be_created_is_a_one_line_error_with_exit_code_2()
    {
        var blocker = Path.Combine(_folder.Path, "blocker");
        await File.WriteAllTextAsync(blocker, "a file where the data folder should be");

        var result = await AuditCli.RunAsync(Path.Combine(blocker, "data"));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("The audit trail could not be read:", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.StandardOutput);
    }

    private static List<string> Lines(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'))];
}

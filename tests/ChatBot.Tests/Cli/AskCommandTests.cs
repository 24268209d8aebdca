using System.Text.Json;

namespace ChatBot.Tests.Cli;

/// <summary>Single questions and a broken configuration, through the real command line.</summary>
public sealed class AskCommandTests
{
    [Fact]
    public async Task A_single_question_with_json_prints_one_contract_line()
    {
        // Act
        var result = await CliRun.RunAsync(["ask", "--json", "wat vindt de pvda van kindhuwelijken bij asielzoekers"]);

        // Assert
        Assert.Equal(0, result.ExitCode);
        var line = Assert.Single(result.StdoutLines);
        using var json = JsonDocument.Parse(line);
        Assert.Equal("nl", json.RootElement.GetProperty("language").GetString());
        Assert.False(json.RootElement.GetProperty("abstained").GetBoolean());
        Assert.Contains(json.RootElement.GetProperty("citations").EnumerateArray(),
            c => c.GetProperty("file").GetString()!.StartsWith("004", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_single_question_without_json_prints_the_readable_reply_with_its_source()
    {
        // Act
        var result = await CliRun.RunAsync(["ask", "hoe kijkt de pvda naar de bed-bad-broodregeling?"]);

        // Assert
        Assert.Equal(0, result.ExitCode);
        var text = string.Join('\n', result.StdoutLines);
        Assert.DoesNotContain("\"citations\"", text, StringComparison.Ordinal);
        Assert.Contains("PvdA", text, StringComparison.Ordinal);
        Assert.Contains("bed-bad-broodregeling", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_corpus_folder_stops_with_the_reason_on_stderr_and_nothing_on_stdout()
    {
        // Arrange
        var missing = Path.Combine(Path.GetTempPath(), "chatbot-no-corpus-" + Guid.NewGuid().ToString("N"));

        // Act
        var result = await CliRun.RunAsync(["ask", "--json", "wat vindt bij1 van frontex?"],
            new Dictionary<string, string> { ["Corpus__Folder"] = missing });

        // Assert
        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.StdoutLines);
        Assert.Contains("could not start", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(missing, result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Corpus:Folder", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_read_from_stdin_is_answered_line_by_line()
    {
        // Arrange
        const string batch = "{\"id\": \"a\", \"question\": \"wil bij1 de huren bevriezen?\"}\n{\"id\": \"b\", \"question\": \"   \"}\n";

        // Act
        var result = await CliRun.RunAsync(["ask", "--json", "--batch", "-"], stdin: batch);

        // Assert
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, result.StdoutLines.Count);
        using var second = JsonDocument.Parse(result.StdoutLines[1]);
        Assert.Equal("b", second.RootElement.GetProperty("id").GetString());
        Assert.True(second.RootElement.GetProperty("abstained").GetBoolean());
        Assert.Equal("empty_question", second.RootElement.GetProperty("abstain_reason").GetString());
    }

    [Fact]
    public async Task A_missing_batch_file_is_named_on_stderr()
    {
        // Arrange
        var missing = Path.Combine(Path.GetTempPath(), "chatbot-no-batch-" + Guid.NewGuid().ToString("N") + ".jsonl");

        // Act
        var result = await CliRun.RunAsync(["ask", "--json", "--batch", missing]);

        // Assert
        Assert.NotEqual(0, result.ExitCode);
        Assert.Empty(result.StdoutLines);
        Assert.Contains(missing, result.Stderr, StringComparison.Ordinal);
    }
}

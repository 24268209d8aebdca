using System.Text;
using System.Text.Json;

namespace ChatBot.Tests.Cli;

/// <summary>What a question or a batch line may hold, through the real command line.</summary>
public sealed class AskInputTests
{
    [Fact]
    public async Task A_question_starting_with_at_is_answered_not_read_as_a_response_file()
    {
        var result = await CliRun.RunAsync(["ask", "--json", "@everyone wat vindt BIJ1 van detentie?"]);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(Assert.Single(result.StdoutLines));
        Assert.False(json.RootElement.GetProperty("abstained").GetBoolean());
        Assert.DoesNotContain("response file", result.Stderr, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Ansi_escape_sequences_in_a_question_are_removed_whole_and_the_answer_is_the_plain_questions()
    {
        // Arrange
        const string plain = "wat vindt BIJ1 van vreemdelingendetentie?";
        const string coloured = "\u001b[31mwat vindt BIJ1\u001b[0m van \u001b[1;4mvreemdelingendetentie\u001b[0m?\u001b]0;title\u0007";

        // Act
        var expected = await CliRun.RunAsync(["ask", "--json", plain]);
        var actual = await CliRun.RunAsync(["ask", "--json", coloured]);

        // Assert
        using var a = JsonDocument.Parse(Assert.Single(expected.StdoutLines));
        using var b = JsonDocument.Parse(Assert.Single(actual.StdoutLines));
        Assert.DoesNotContain("[31m", b.RootElement.GetProperty("question").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("title", b.RootElement.GetProperty("question").GetString(), StringComparison.Ordinal);
        Assert.Equal(Citations(a.RootElement), Citations(b.RootElement));
        Assert.NotEmpty(Citations(b.RootElement));
    }

    [Fact]
    public async Task A_single_question_with_json_prints_the_same_object_as_a_batch_line()
    {
        // Arrange
        const string question = "hoe kijkt de pvda naar de bed-bad-broodregeling?";

        // Act
        var single = await CliRun.RunAsync(["ask", "--json", question]);
        var batch = await CliRun.RunAsync(["ask", "--json", "--batch", "-"], stdin: JsonSerializer.Serialize(new { id = "q", question }) + "\n");

        // Assert
        using var one = JsonDocument.Parse(Assert.Single(single.StdoutLines));
        using var line = JsonDocument.Parse(Assert.Single(batch.StdoutLines));
        Assert.Equal(JsonValueKind.Null, one.RootElement.GetProperty("id").ValueKind);
        Assert.Equal(Keys(line.RootElement), Keys(one.RootElement));
        Assert.Equal(Citations(line.RootElement), Citations(one.RootElement));
    }

    [Fact]
    public async Task Null_lines_objects_without_a_question_and_invalid_utf8_are_reported_with_their_line_numbers()
    {
        // Arrange: line 2 null, 3 no question, 4 question null, 5 invalid UTF-8, 6 a question that is a number.
        var input = new List<byte>();
        void Line(string text) => input.AddRange(Encoding.UTF8.GetBytes(text + "\n"));
        Line("""{"id": "ok1", "question": "wil bij1 de huren bevriezen?"}""");
        Line("null");
        Line("""{"id": "x"}""");
        Line("""{"id": "y", "question": null}""");
        input.AddRange("{\"id\": \"z\", \"question\": \"caf"u8.ToArray());
        input.AddRange(new byte[] { 0xC3, 0x28 });
        input.AddRange("\"}\n"u8.ToArray());
        Line("""{"id": "n", "question": 42}""");
        Line("""{"id": "ok2", "question": "wat vindt bij1 van frontex?"}""");

        // Act
        var result = await CliRun.RunAsync(["ask", "--json", "--batch", "-"], stdinBytes: [.. input]);

        // Assert
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["ok1", "ok2"], result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
        Assert.Contains("-:2: skipped, not a JSON object with \"id\" and \"question\": the line holds null", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("-:3: skipped, no \"question\" in the object", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("-:4: skipped, \"question\" is not a string", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("-:5: skipped, not valid UTF-8", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("-:6: skipped, \"question\" is not a string", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("empty_question", string.Join('\n', result.StdoutLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_kind_is_named_with_every_kind_to_choose_from()
    {
        var result = await CliRun.RunAsync(["ask", "--kind", "Bogus", "wat vindt bij1 van detentie?"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("--kind 'Bogus' is not a kind of question: use one of Position, Compare, Check, Sources.", Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        Assert.DoesNotContain("ChatBot.Answers.Model", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.StdoutLines);
    }

    [Fact]
    public async Task A_kind_is_read_in_any_case()
    {
        var result = await CliRun.RunAsync(["ask", "--json", "--kind", "sources", "welke documenten?"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("sources", JsonDocument.Parse(Assert.Single(result.StdoutLines)).RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Broken_json_in_a_batch_file_is_reported_in_words_with_file_line_and_column()
    {
        var file = Path.Combine(Path.GetTempPath(), $"chatbot-batch-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(file, "{\"id\": \"a\", \"question\": \"wat vindt bij1 van detentie?\"}\nxx\n{\"id\": \"b\", \"question\": \"wat vindt bij1\"\n");
        try
        {
            var result = await CliRun.RunAsync(["ask", "--json", "--batch", file]);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains($"{file}:2: skipped, not a JSON object with \"id\" and \"question\": broken JSON at column 1 ('x' is an invalid start of a value)", result.Stderr, StringComparison.Ordinal);
            Assert.Contains($"{file}:3: skipped, not a JSON object with \"id\" and \"question\": broken JSON at column", result.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("LineNumber", result.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("BytePositionInLine", result.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("wat vindt bij1 van detentie? [klik](javascript:alert(1))")]
    [InlineData("wat vindt bij1 van detentie? [klik](https://evil.example/x alert(1))")]
    [InlineData("wat vindt bij1 van detentie? [klik](https://evil.example/x alert(1)")]
    public async Task The_cleaned_question_keeps_a_links_text_and_never_half_a_link(string asked)
    {
        var result = await CliRun.RunAsync(["ask", "--json", asked]);

        var question = JsonDocument.Parse(Assert.Single(result.StdoutLines)).RootElement.GetProperty("question").GetString()!;
        Assert.Equal("wat vindt bij1 van detentie? klik", question);
    }

    private static List<string> Keys(JsonElement e) => [.. e.EnumerateObject().Select(p => p.Name)];

    private static List<string> Citations(JsonElement e) =>
        [.. e.GetProperty("citations").EnumerateArray().Select(c => $"{c.GetProperty("file").GetString()}:{c.GetProperty("start").GetInt32()}-{c.GetProperty("end").GetInt32()}")];
}

using System.Text.Json;
using System.Text.RegularExpressions;

namespace ChatBot.Tests.Cli;

/// <summary>`ask --json --batch` prints exactly the JSON Lines contract score.py reads, and nothing else, on stdout.</summary>
public sealed partial class AskJsonContractTests(AskBatchFixture batch) : IClassFixture<AskBatchFixture>
{
    private static readonly string?[] Verdicts = [null, "supported", "contradicted", "not_in_sources"];

    [Fact]
    public void Every_stdout_line_is_a_json_object_and_no_log_line_reaches_stdout()
    {
        // Act
        var lines = batch.Result.StdoutLines;

        // Assert
        Assert.NotEmpty(lines);
        Assert.All(lines, line =>
        {
            Assert.StartsWith("{", line, StringComparison.Ordinal);
            using var json = JsonDocument.Parse(line);
            Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
        });
    }

    [Fact]
    public void Each_answer_line_holds_id_language_abstained_verdict_answer_and_citations()
    {
        // Act
        var answers = Parse(batch.Result.StdoutLines);

        // Assert
        Assert.All(answers, a =>
        {
            Assert.Equal(JsonValueKind.String, a.GetProperty("id").ValueKind);
            Assert.Contains(a.GetProperty("language").GetString(), new[] { "nl", "en" });
            Assert.True(a.GetProperty("abstained").ValueKind is JsonValueKind.True or JsonValueKind.False);
            var verdict = a.GetProperty("verdict");
            Assert.Contains(verdict.ValueKind == JsonValueKind.Null ? null : verdict.GetString(), Verdicts);
            Assert.Equal(JsonValueKind.String, a.GetProperty("answer").ValueKind);
            Assert.False(string.IsNullOrWhiteSpace(a.GetProperty("answer").GetString()));
            Assert.Equal(JsonValueKind.Array, a.GetProperty("citations").ValueKind);
            foreach (var c in a.GetProperty("citations").EnumerateArray())
            {
                foreach (var name in new[] { "file", "quote", "publisher", "title", "section" })
                {
                    Assert.Equal(JsonValueKind.String, c.GetProperty(name).ValueKind);
                    Assert.False(string.IsNullOrWhiteSpace(c.GetProperty(name).GetString()), $"citation {name} is empty");
                }

                Assert.True(c.GetProperty("start").TryGetInt32(out var start));
                Assert.True(c.GetProperty("end").TryGetInt32(out var end));
                Assert.True(start >= 0 && start < end, $"offsets [{start},{end})");
            }
        });
    }

    [Fact]
    public void Valid_lines_are_answered_in_input_order_with_their_ids()
    {
        // Act
        var ids = Parse(batch.Result.StdoutLines).Select(a => a.GetProperty("id").GetString()).ToList();

        // Assert
        Assert.Equal(AskBatchFixture.AnsweredIds, ids);
    }

    [Fact]
    public void Malformed_batch_lines_are_reported_on_stderr_with_their_line_numbers_and_the_run_says_so()
    {
        // Act
        var result = batch.Result;

        // Assert
        Assert.Matches(@":3: skipped", result.Stderr);
        Assert.Matches(@":7: skipped", result.Stderr);
        Assert.DoesNotMatch(@":4: skipped", result.Stderr); // a blank line is not an error
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Answers_cite_the_expected_documents_and_abstain_where_the_sources_are_silent()
    {
        // Act
        var byId = Parse(batch.Result.StdoutLines).ToDictionary(a => a.GetProperty("id").GetString()!);

        // Assert
        Assert.False(byId["q1"].GetProperty("abstained").GetBoolean());
        Assert.Equal("en", byId["q1"].GetProperty("language").GetString());
        Assert.Contains(Files(byId["q1"]), f => f.StartsWith("000", StringComparison.Ordinal));
        Assert.Equal("nl", byId["q2"].GetProperty("language").GetString());
        Assert.Contains(Files(byId["q2"]), f => f.StartsWith("004", StringComparison.Ordinal));
        Assert.True(byId["q3"].GetProperty("abstained").GetBoolean());
        Assert.Empty(Files(byId["q3"]));
        Assert.True(byId["q6"].GetProperty("abstained").GetBoolean());
        Assert.Empty(Files(byId["q6"]));
    }

    [Fact]
    public void Every_printed_quote_is_verbatim_in_the_seed_file_between_its_offsets()
    {
        // Arrange
        var seeds = Path.Combine(CliRun.RepoRoot, "seeds");

        // Act
        var citations = Parse(batch.Result.StdoutLines).SelectMany(a => a.GetProperty("citations").EnumerateArray()).ToList();

        // Assert
        Assert.NotEmpty(citations);
        foreach (var c in citations)
        {
            var text = File.ReadAllText(Path.Combine(seeds, c.GetProperty("file").GetString()!));
            var (start, end) = (c.GetProperty("start").GetInt32(), c.GetProperty("end").GetInt32());
            Assert.InRange(end, start + 1, text.Length);
            var span = Fold(text[start..end]);
            foreach (var fragment in c.GetProperty("quote").GetString()!.Split('…').Select(Fold).Where(f => f.Length > 0))
            {
                Assert.Contains(fragment, span, StringComparison.Ordinal);
            }
        }
    }

    private static IEnumerable<string> Files(JsonElement answer) =>
        answer.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("file").GetString()!);

    private static List<JsonElement> Parse(IReadOnlyList<string> lines) =>
        [.. lines.Select(l => JsonDocument.Parse(l).RootElement.Clone())];

    private static string Fold(string text) => WhitespaceRun().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")] private static partial Regex WhitespaceRun();
}

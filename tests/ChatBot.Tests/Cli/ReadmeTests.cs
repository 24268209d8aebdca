using System.Text.Json;
using System.Text.RegularExpressions;

namespace ChatBot.Tests.Cli;

/// <summary>The README tells the truth about what the command line prints and how the measured build is made.</summary>
public sealed class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(CliRun.RepoRoot, "README.md"));

    [Fact]
    public async Task Every_field_ask_json_prints_is_listed_in_the_readme()
    {
        // Arrange: a claim check fills verdict and the sources' stance; a second question fills an abstention.
        var printed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var args in new[] { new[] { "ask", "--json", "--kind", "Check", "BIJ1 wil Frontex afschaffen" }, ["ask", "--json", "wat vindt de pvv van detentie?"] })
        {
            var result = await CliRun.RunAsync(args);
            using var json = JsonDocument.Parse(Assert.Single(result.StdoutLines));
            Collect(json.RootElement, printed);
        }

        // Act: a field counts as listed in code, alone (`answer_id`) or in a list (`[{file, quote, …}]`).
        var missing = printed.Where(field => !Regex.IsMatch(Readme, $@"[`{{,]\s*{field}\s*[`,}}]")).ToList();

        // Assert
        Assert.True(missing.Count == 0, "not in the README: " + string.Join(", ", missing));
        Assert.Contains("answer_id", printed);
        Assert.Contains("stance", printed);
    }

    [Fact]
    public void The_readme_publish_command_is_the_ready_to_run_one_that_bench_names()
    {
        Assert.Contains(ChatBot.Host.Bench.ReportPrinter.PublishCommand, Readme, StringComparison.Ordinal);
        Assert.Contains("-r linux-x64 -p:PublishReadyToRun=true", ChatBot.Host.Bench.ReportPrinter.PublishCommand, StringComparison.Ordinal);
        Assert.Contains("builds the solution first (about a minute on 2 cores)", Readme, StringComparison.Ordinal);
    }

    [Fact]
    public void The_folder_the_readme_publishes_to_is_ignored_by_git()
    {
        var folder = Regex.Match(ChatBot.Host.Bench.ReportPrinter.PublishCommand, @" -o (\S+)").Groups[1].Value;
        var ignored = File.ReadAllLines(Path.Combine(CliRun.RepoRoot, ".gitignore")).Select(l => l.Trim());

        Assert.NotEmpty(folder);
        Assert.Contains(ignored, l => l == $"/{folder}/" || l == $"{folder}/");
    }

    private static void Collect(JsonElement element, ISet<string> names)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    names.Add(property.Name);
                    Collect(property.Value, names);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) Collect(item, names);
                break;
            default:
                break;
        }
    }
}

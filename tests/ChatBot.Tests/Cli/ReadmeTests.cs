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
    public async Task The_json_field_table_lists_the_printed_fields_in_printed_order_with_their_values()
    {
        var result = await CliRun.RunAsync(["ask", "--json", "wat vindt BIJ1 van vreemdelingendetentie?"]);
        var printed = JsonDocument.Parse(Assert.Single(result.StdoutLines)).RootElement;

        // The table after "Every field, in printed order": its first column, `a`, `b` split into a and b.
        var table = Readme[Readme.IndexOf("| field | meaning |", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n\n", StringComparison.Ordinal)];
        var listed = table.Split('\n').Skip(2)
            .SelectMany(row => Regex.Matches(row.Split('|')[1], "`([a-z_]+)`").Select(m => m.Groups[1].Value)).ToList();

        Assert.Equal(printed.EnumerateObject().Select(p => p.Name), listed);
        var kindRow = table.Split('\n').Single(r => r.StartsWith("| `kind`", StringComparison.Ordinal));
        Assert.Contains($"`{printed.GetProperty("kind").GetString()}`", kindRow, StringComparison.Ordinal);
        var sourcesRow = table.Split('\n').Single(r => r.StartsWith("| `sources`", StringComparison.Ordinal));
        var sourceFields = printed.GetProperty("sources")[0].EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(sourceFields, Regex.Matches(sourcesRow.Split('|')[2], "`([a-z_]+)`").Select(m => m.Groups[1].Value).Where(sourceFields.Contains));
    }

    [Fact]
    public void The_readme_names_every_loaded_document_with_its_publisher_and_date_and_what_the_bot_cannot_do()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(CliRun.RepoRoot, "seeds", "manifest.json")));
        var documents = manifest.RootElement.ValueKind == JsonValueKind.Array ? manifest.RootElement : manifest.RootElement.GetProperty("documents");
        foreach (var document in documents.EnumerateArray())
        {
            var row = Readme.Split('\n').SingleOrDefault(l => l.Contains($"`{document.GetProperty("file").GetString()}`", StringComparison.Ordinal));
            Assert.True(row is not null, document.GetProperty("file").GetString() + " is not in the README's document table");
            var publisher = document.GetProperty("publisher").GetString()!;
            Assert.Contains(publisher.Split(" (", StringSplitOptions.None)[0], row, StringComparison.Ordinal);
            if (document.GetProperty("date").GetString() is { } date) Assert.Contains(date[..4], row, StringComparison.Ordinal);
        }

        Assert.Contains("**What the bot cannot do.**", Readme, StringComparison.Ordinal);
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

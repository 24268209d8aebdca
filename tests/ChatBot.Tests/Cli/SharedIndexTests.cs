using System.Text.Json;

namespace ChatBot.Tests.Cli;

/// <summary>
/// One saved index read by several bot processes at once (Discord shards, webhook replicas on one machine): the first
/// start builds and saves it, the next ones open it side by side and answer exactly as the builder did.
/// </summary>
public sealed class SharedIndexTests : IDisposable
{
    private const string Question = "wat vindt BIJ1 van vreemdelingendetentie?";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chatbot-shared-index-" + Guid.NewGuid().ToString("N"));

    private Dictionary<string, string> Environment => new()
    {
        ["Corpus__IndexFolder"] = _folder,
        // `ask` prints only warnings; the store's own lines say whether it built or opened the index.
        ["Logging__LogLevel__ChatBot.Answers.Corpus.CorpusProvider"] = "Information",
    };

    [Fact]
    public async Task Two_processes_open_one_saved_index_at_once_and_answer_as_the_process_that_built_it()
    {
        // Arrange
        var first = await CliRun.RunAsync(["ask", "--json", Question], Environment);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("[1011] Index built and saved", first.Stderr, StringComparison.Ordinal);
        var files = Listing();

        // Act
        var readers = await Task.WhenAll(CliRun.RunAsync(["ask", "--json", Question], Environment), CliRun.RunAsync(["ask", "--json", Question], Environment));

        // Assert
        Assert.All(readers, r =>
        {
            Assert.Equal(0, r.ExitCode);
            Assert.Contains("[1010] Index opened from", r.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("[1011]", r.Stderr, StringComparison.Ordinal);
            Assert.Equal(WithoutId(Assert.Single(first.StdoutLines)), WithoutId(Assert.Single(r.StdoutLines)));
        });
        Assert.Equal(files, Listing());
    }

    /// <summary>Every file of the store with its size and time of last change: readers must leave it as it was.</summary>
    private List<string> Listing() =>
        [.. new DirectoryInfo(_folder).EnumerateFiles("*", SearchOption.AllDirectories).Select(f => $"{f.FullName} {f.Length} {f.LastWriteTimeUtc:O}").Order(StringComparer.Ordinal)];

    private static string WithoutId(string line)
    {
        var answer = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(line)!;
        answer.Remove("answer_id");
        return JsonSerializer.Serialize(answer);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

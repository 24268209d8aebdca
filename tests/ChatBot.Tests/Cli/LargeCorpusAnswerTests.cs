using System.Text.Json;

namespace ChatBot.Tests.Cli;

/// <summary>
/// Questions that name a party keep their answers when a few hundred documents by other publishers (bench's generated
/// corpus, written from the seeds' own words and party names) are loaded beside the seeds.
/// </summary>
public sealed class LargeCorpusAnswerTests : IDisposable
{
    // Questions of the dev set that name a party or publisher, each answered from the seeds alone.
    private static readonly string[] Named =
    [
        "what does bij1 want re food banks for undocumented ppl?",
        "wat wil het kabinet doen met asielzoekers die overlast geven in het ov of zwartrijden?",
        "where does vluchtelingenwerk want asylum seeker kids to be housed?",
        "hoe kijkt de pvda naar de bed-bad-broodregeling?",
        "wil bij1 iets met gender in het asielbeleid?",
        "wat vindt de pvda van kindhuwelijken bij asielzoekers",
        "how do bij1 and pvda differ on immigration detention?",
        "vluchtelingenwerk vs het kabinet over de spreidingswet, zelfde mening?",
        "bij1 vs pvda on the eu-turkey deal?",
        "bij1 wants to abolish frontex",
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chatbot-large-corpus-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Named_party_questions_keep_every_seed_document_they_cite_with_200_generated_documents_beside_the_seeds()
    {
        // Arrange
        var written = await CliRun.RunAsync(["bench", "--synthetic-documents", "200", "--synthetic-words", "400000", "--write-corpus", _folder]);
        Assert.Equal(0, written.ExitCode);
        var batch = string.Join('\n', Named.Select((q, i) => JsonSerializer.Serialize(new { id = i.ToString(), question = q })));

        // Act
        var seedsOnly = await AskAsync(batch, new Dictionary<string, string> { ["Corpus__IndexFolder"] = "" });
        var large = await AskAsync(batch, new Dictionary<string, string> { ["Corpus__IndexFolder"] = "", ["Corpus__Folder"] = _folder });

        // Assert
        Assert.Equal(Named.Length, large.Count);
        for (var i = 0; i < Named.Length; i++)
        {
            Assert.NotEmpty(seedsOnly[i]);
            var missing = seedsOnly[i].Except(large[i]).ToList();
            Assert.True(missing.Count == 0, $"'{Named[i]}' no longer cites {string.Join(", ", missing)} with the generated documents loaded (cites {string.Join(", ", large[i])})");
        }
    }

    /// <summary>Per question, the seed documents (not generated ones) its answer cites.</summary>
    private static async Task<List<HashSet<string>>> AskAsync(string batch, Dictionary<string, string> environment)
    {
        var result = await CliRun.RunAsync(["ask", "--json", "--batch", "-"], environment, stdin: batch);
        Assert.Equal(0, result.ExitCode);
        return [.. result.StdoutLines.Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            return json.RootElement.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("file").GetString()!)
                .Where(f => !f.StartsWith("syn_", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        })];
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

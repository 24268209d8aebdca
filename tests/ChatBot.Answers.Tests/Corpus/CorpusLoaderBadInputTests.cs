using ChatBot.Answers.Corpus;
using ChatBot.Answers.Tests.Support;

namespace ChatBot.Answers.Tests.Corpus;

/// <summary>A corpus that would make a quote wrong is refused with a message that names the file and the fix.</summary>
public sealed class CorpusLoaderBadInputTests
{
    private const string GoodText = "Asiel\n\nBIJ1 wil dat voedselbanken toegankelijk worden voor ongedocumenteerde mensen.\n";

    [Fact]
    public async Task A_valid_corpus_loads_with_its_exact_text()
    {
        // Arrange
        using var corpus = new TempCorpus().WithDocument("a.txt", GoodText).WithManifest("a.txt");

        // Act
        var documents = await CorpusLoader.LoadAsync(corpus.Folder, "manifest.json", CancellationToken.None);

        // Assert
        var document = Assert.Single(documents);
        Assert.Equal("a.txt", document.File);
        Assert.Equal(GoodText, document.Text);
        Assert.Equal("BIJ1", document.Publisher);
    }

    [Fact]
    public async Task A_file_listed_in_the_manifest_but_missing_is_named_with_the_fix()
    {
        // Arrange
        using var corpus = new TempCorpus().WithDocument("a.txt", GoodText).WithManifest("a.txt", "gone.txt");

        // Act
        var error = await LoadFailureAsync(corpus);

        // Assert
        Assert.Contains("gone.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("remove its entry", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\n \t\n")]
    public async Task An_empty_file_is_named_with_the_fix(string text)
    {
        // Arrange
        using var corpus = new TempCorpus().WithDocument("a.txt", GoodText).WithDocument("empty.txt", text).WithManifest("a.txt", "empty.txt");

        // Act
        var error = await LoadFailureAsync(corpus);

        // Assert
        Assert.Contains("empty.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("is empty", error.Message, StringComparison.Ordinal);
        Assert.Contains("remove its entry", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_latin1_file_is_refused_as_not_utf8_with_the_conversion_to_run()
    {
        // Arrange: "Asielzoekers in België" in Latin-1 (ë = 0xEB) is not valid UTF-8.
        byte[] latin1 = [.. "Asielzoekers in Belgi"u8.ToArray(), 0xEB, (byte)'\n'];
        using var corpus = new TempCorpus().WithBytes("latin1.txt", latin1).WithManifest("latin1.txt");

        // Act
        var error = await LoadFailureAsync(corpus);

        // Assert
        Assert.Contains("latin1.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("not UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Contains("iconv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_without_a_manifest_entry_is_named_with_the_entry_to_add()
    {
        // Arrange
        using var corpus = new TempCorpus().WithDocument("a.txt", GoodText).WithDocument("stray.txt", GoodText).WithManifest("a.txt");

        // Act
        var error = await LoadFailureAsync(corpus);

        // Assert
        Assert.Contains("stray.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("not in the manifest", error.Message, StringComparison.Ordinal);
        Assert.Contains("Add an entry", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"documents\": [ { \"file\": \"a.txt\", } ")]
    [InlineData("not json at all")]
    public async Task Invalid_manifest_json_names_the_manifest_and_the_line(string json)
    {
        // Arrange
        using var corpus = new TempCorpus().WithDocument("a.txt", GoodText).WithRawManifest(json);

        // Act
        var error = await LoadFailureAsync(corpus);

        // Assert
        Assert.Contains(corpus.ManifestPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manifest_without_documents_says_so()
    {
        // Arrange
        using var corpus = new TempCorpus().WithRawManifest("{}");

        // Act
        var error = await LoadFailureAsync(corpus);

        // Assert
        Assert.Contains("manifest.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"documents\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_manifest_is_named_with_the_fix()
    {
        // Arrange
        using var corpus = new TempCorpus().WithDocument("a.txt", GoodText);

        // Act
        var error = await LoadFailureAsync(corpus);

        // Assert
        Assert.Contains(corpus.ManifestPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("Create it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_crlf_file_is_refused_because_it_would_shift_quote_offsets()
    {
        // Arrange
        using var corpus = new TempCorpus().WithDocument("windows.txt", GoodText.Replace("\n", "\r\n", StringComparison.Ordinal)).WithManifest("windows.txt");

        // Act
        var error = await LoadFailureAsync(corpus);

        // Assert
        Assert.Contains("windows.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("CRLF", error.Message, StringComparison.Ordinal);
        Assert.Contains("dos2unix", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_with_a_byte_order_mark_is_refused_because_it_would_shift_quote_offsets()
    {
        // Arrange
        byte[] withBom = [0xEF, 0xBB, 0xBF, .. "Asiel en migratie.\n"u8.ToArray()];
        using var corpus = new TempCorpus().WithBytes("bom.txt", withBom).WithManifest("bom.txt");

        // Act
        var error = await LoadFailureAsync(corpus);

        // Assert
        Assert.Contains("bom.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("without BOM", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entry_without_a_publisher_is_named_with_the_fields_it_needs()
    {
        // Arrange
        using var corpus = new TempCorpus().WithDocument("a.txt", GoodText)
            .WithRawManifest("""{ "documents": [ { "file": "a.txt", "title": "Asiel", "language": "nl" } ] }""");

        // Act
        var error = await LoadFailureAsync(corpus);

        // Assert
        Assert.Contains("a.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"publisher\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_corpus_folder_names_the_setting_to_change()
    {
        // Arrange
        var folder = Path.Combine(Path.GetTempPath(), "chatbot-no-such-corpus-" + Guid.NewGuid().ToString("N"));

        // Act
        var error = await Assert.ThrowsAsync<CorpusLoadException>(() => CorpusLoader.LoadAsync(folder, "manifest.json", CancellationToken.None));

        // Assert
        Assert.Contains(folder, error.Message, StringComparison.Ordinal);
        Assert.Contains("Corpus:Folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_of_navigation_lines_only_is_refused_when_the_snapshot_is_built()
    {
        // Arrange
        using var corpus = new TempCorpus().WithDocument("chrome.txt", "Skip to content\n\nDelen:\n\nLees meer\n").WithManifest("chrome.txt");
        var lexicon = await ChatBot.Answers.Lexicon.LexiconLoader.LoadAsync(Path.Combine(RepoPaths.Seeds, "lexicon"), CancellationToken.None);
        var documents = await CorpusLoader.LoadAsync(corpus.Folder, "manifest.json", CancellationToken.None);

        // Act
        var error = Assert.Throws<CorpusLoadException>(() => CorpusSnapshot.Build(documents, lexicon).Dispose());

        // Assert
        Assert.Contains("chrome.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("no readable passage", error.Message, StringComparison.Ordinal);
    }

    private static Task<CorpusLoadException> LoadFailureAsync(TempCorpus corpus) =>
        Assert.ThrowsAsync<CorpusLoadException>(() => CorpusLoader.LoadAsync(corpus.Folder, "manifest.json", CancellationToken.None));
}

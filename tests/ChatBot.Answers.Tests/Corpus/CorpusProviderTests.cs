using ChatBot.Answers.Corpus;
using ChatBot.Answers.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Answers.Tests.Corpus;

/// <summary>Reloading swaps in a new snapshot; a broken change is refused and the previous corpus stays in use.</summary>
public sealed class CorpusProviderTests
{
    private const string First = "Asiel\n\nBIJ1 wil dat voedselbanken toegankelijk worden voor ongedocumenteerde mensen.\n";
    private const string Second = "Asiel\n\nBIJ1 wil dat de IND binnen zes maanden beslist over een asielaanvraag.\n";

    [Fact]
    public async Task A_changed_document_is_served_after_a_reload()
    {
        // Arrange
        using var corpus = new TempCorpus().WithDocument("a.txt", First).WithManifest("a.txt");
        using var provider = Provider(corpus);
        var before = provider.Current;

        // Act
        corpus.WithDocument("a.txt", Second);
        var after = await provider.ReloadAsync(CancellationToken.None);

        // Assert
        Assert.Same(after, provider.Current);
        Assert.NotEqual(before.Version, after.Version);
        Assert.Contains(after.Passages, p => p.Text.Contains("zes maanden", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_broken_change_is_refused_and_the_previous_corpus_stays_in_use()
    {
        // Arrange
        using var corpus = new TempCorpus().WithDocument("a.txt", First).WithManifest("a.txt");
        using var provider = Provider(corpus);
        var before = provider.Current;

        // Act
        corpus.WithDocument("stray.txt", Second);
        var error = await Assert.ThrowsAsync<CorpusLoadException>(() => provider.ReloadAsync(CancellationToken.None));

        // Assert
        Assert.Contains("stray.txt", error.Message, StringComparison.Ordinal);
        Assert.Same(before, provider.Current);
    }

    [Fact]
    public void The_catalog_lists_the_manifest_documents()
    {
        // Arrange
        using var corpus = new TempCorpus().WithDocument("a.txt", First).WithManifest("a.txt");
        using var provider = Provider(corpus);

        // Act
        var documents = provider.Documents;

        // Assert
        var info = Assert.Single(documents);
        Assert.Equal("a.txt", info.File);
        Assert.Equal(16, info.ContentHash.Length);
    }

    private static CorpusProvider Provider(TempCorpus corpus) =>
        new(Options.Create(new CorpusOptions { Folder = corpus.Folder }), new FixedHostEnvironment(Path.GetTempPath()),
            NullLogger<CorpusProvider>.Instance);
}

using ChatBot.Answers.Corpus;
using ChatBot.Answers.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Answers.Tests.Corpus;

/// <summary>Corpus:ExtraFolders: more folders, each with its own manifest, loaded beside the main one and validated like it.</summary>
public sealed class ExtraFolderTests
{
    private const string Text = "Asiel\n\nDe PVV wil geen nieuwe asielzoekerscentra meer openen.\n";

    [Fact]
    public void An_extra_folder_is_loaded_beside_the_main_one()
    {
        // Arrange
        using var main = new TempCorpus().WithDocument("a.txt", "Asiel\n\nBIJ1 wil dat voedselbanken toegankelijk worden.\n").WithManifest("a.txt");
        using var extra = new TempCorpus().WithDocument("b.txt", Text).WithManifest("b.txt");
        using var provider = Provider(main, extra);

        // Act
        var files = provider.Current.Documents.Select(d => d.File);

        // Assert
        Assert.Equal(["a.txt", "b.txt"], files);
        Assert.Contains("PVV", provider.Current.Labels);
    }

    [Fact]
    public void A_broken_file_in_an_extra_folder_stops_the_load_and_is_named()
    {
        // Arrange
        using var main = new TempCorpus().WithDocument("a.txt", Text).WithManifest("a.txt");
        using var extra = new TempCorpus().WithDocument("b.txt", Text).WithBytes("c.txt", [0xC3, 0x28]).WithManifest("b.txt", "c.txt");
        using var provider = Provider(main, extra);

        // Act
        var error = Assert.Throws<CorpusLoadException>(() => provider.Current);

        // Assert
        Assert.Contains("c.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_change_in_an_extra_folder_is_rejected_and_the_old_corpus_kept()
    {
        // Arrange
        using var main = new TempCorpus().WithDocument("a.txt", Text).WithManifest("a.txt");
        using var extra = new TempCorpus().WithDocument("b.txt", Text).WithManifest("b.txt");
        using var provider = Provider(main, extra);
        var before = provider.Current;

        // Act
        extra.WithDocument("stray.txt", Text);
        var error = await Assert.ThrowsAsync<CorpusLoadException>(() => provider.ReloadAsync(CancellationToken.None));

        // Assert
        Assert.Contains("stray.txt", error.Message, StringComparison.Ordinal);
        Assert.Same(before, provider.Current);
    }

    [Fact]
    public void The_same_file_name_in_two_folders_is_refused()
    {
        // Arrange
        using var main = new TempCorpus().WithDocument("a.txt", Text).WithManifest("a.txt");
        using var extra = new TempCorpus().WithDocument("a.txt", Text).WithManifest("a.txt");
        using var provider = Provider(main, extra);

        // Act
        var error = Assert.Throws<CorpusLoadException>(() => provider.Current);

        // Assert
        Assert.Contains("already loaded", error.Message, StringComparison.Ordinal);
    }

    private static CorpusProvider Provider(TempCorpus main, TempCorpus extra) =>
        new(Options.Create(new CorpusOptions { Folder = main.Folder, ExtraFolders = [extra.Folder], Lexicon = Path.Combine(RepoPaths.Seeds, "lexicon") }), new FixedHostEnvironment(Path.GetTempPath()),
            NullLogger<CorpusProvider>.Instance);
}

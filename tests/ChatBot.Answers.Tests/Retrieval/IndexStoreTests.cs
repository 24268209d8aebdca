using ChatBot.Answers.Answering;
using ChatBot.Answers.Corpus;
using ChatBot.Answers.Lexicon;
using ChatBot.Answers.Model;
using ChatBot.Answers.Retrieval.Store;
using ChatBot.Answers.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Answers.Tests.Retrieval;

/// <summary>
/// The index kept on disk: a start with the same documents opens it, a changed document or lexicon builds a new one,
/// and a damaged or half-written one is set aside and rebuilt, never served. Answers never depend on which happened.
/// </summary>
public sealed class IndexStoreTests : IDisposable
{
    private const int Opened = 1010;
    private const int Built = 1011;
    private const int Damaged = 1012;

    private static readonly string[] Questions =
    [
        "wat vindt BIJ1 van vreemdelingendetentie?",
        "what does the PvdA want for child refugees?",
        "wat wil het kabinet met de IND?",
        "BIJ1 wil Frontex afschaffen",
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chatbot-index-" + Guid.NewGuid().ToString("N"));
    private readonly EventLogger _log = new();
    private readonly IReadOnlyList<SourceDocument> _documents = CorpusLoader.LoadAsync(RepoPaths.Seeds, "manifest.json", CancellationToken.None).GetAwaiter().GetResult();
    private readonly Lexicon.Lexicon _lexicon = LexiconLoader.LoadAsync(Path.Combine(RepoPaths.Seeds, "lexicon"), CancellationToken.None).GetAwaiter().GetResult();

    private IndexStore Store => new(_folder, _log);

    [Fact]
    public void A_start_with_unchanged_documents_opens_the_saved_index_and_answers_the_same()
    {
        var expected = AnswersOf(CorpusSnapshot.Build(_documents, _lexicon));
        Assert.Equal(expected, AnswersOf(CorpusSnapshot.Build(_documents, _lexicon, Store)));
        Assert.Equal([Built], _log.Ids);

        _log.Clear();
        var opened = CorpusSnapshot.Build(_documents, _lexicon, Store);

        Assert.Equal([Opened], _log.Ids);
        Assert.Equal(expected, AnswersOf(opened));
        Assert.Single(Directory.GetDirectories(_folder));
    }

    [Fact]
    public void A_changed_document_or_lexicon_builds_a_new_index_instead_of_serving_the_stale_one()
    {
        CorpusSnapshot.Build(_documents, _lexicon, Store).Dispose();
        var changed = _documents.Select((d, i) => i == 0 ? d with { Text = d.Text + "\nBIJ1 wil een nieuwe zin over zeppelins.\n", Info = d.Info with { ContentHash = "0123456789abcdef" } } : d).ToList();

        _log.Clear();
        using var rebuilt = CorpusSnapshot.Build(changed, _lexicon, Store);
        Assert.Equal([Built], _log.Ids);
        Assert.Contains(rebuilt.Passages, p => p.Text.Contains("zeppelins", StringComparison.Ordinal));

        _log.Clear();
        using var otherLexicon = CorpusSnapshot.Build(_documents, _lexicon with { Fingerprint = "another lexicon" }, Store);
        Assert.Equal([Built], _log.Ids);
        Assert.Equal(3, Directory.GetDirectories(_folder).Length);
    }

    [Theory]
    [InlineData("passages.bin")]
    [InlineData("lucene")]
    [InlineData("complete.json")]
    public void A_damaged_or_half_written_index_is_set_aside_and_rebuilt(string damage)
    {
        var expected = AnswersOf(CorpusSnapshot.Build(_documents, _lexicon));
        CorpusSnapshot.Build(_documents, _lexicon, Store).Dispose();
        var version = Store.VersionFolder(_documents, _lexicon);
        switch (damage)
        {
            case "complete.json": // a crash before the marker: the folder is not a finished index
                File.Delete(Path.Combine(version, damage));
                break;
            case "lucene": // one flipped byte in the middle of Lucene's largest file
                var largest = new DirectoryInfo(version).GetFiles().Where(f => f.Name is not ("passages.bin" or "complete.json")).MaxBy(f => f.Length)!;
                Flip(largest.FullName);
                break;
            default:
                Flip(Path.Combine(version, damage));
                break;
        }

        _log.Clear();
        var rebuilt = CorpusSnapshot.Build(_documents, _lexicon, Store);

        Assert.Equal([Damaged, Built], _log.Ids);
        Assert.Equal(expected, AnswersOf(rebuilt));
        Assert.Single(Directory.GetDirectories(_folder), d => Path.GetFileName(d).StartsWith(".damaged-", StringComparison.Ordinal));
    }

    private static void Flip(string path)
    {
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0x5A;
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Every question's reply and citations, as the asker would get them.</summary>
    internal static List<string> AnswersOf(CorpusSnapshot snapshot)
    {
        using (snapshot)
        {
            var service = new ExtractiveAnswerService(new FixedCorpusProvider(snapshot), Options.Create(new AnswersOptions()), NullLogger<ExtractiveAnswerService>.Instance);
            return [.. Questions.Select(q => service.Answer(AnswerRequest.FromCli(q)))
                .Select(a => a.Text + "|" + string.Join(";", a.Citations.Select(c => $"{c.File}:{c.Start}-{c.End}")))];
        }
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

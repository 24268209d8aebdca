using ChatBot.Answers.Answering;
using ChatBot.Answers.Corpus;
using ChatBot.Answers.Lexicon;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Answers.Tests.Support;

/// <summary>The repository's seed corpus and the real extractive service over it, built once for all tests that share it.</summary>
public sealed class SeedCorpusFixture : IDisposable
{
    public SeedCorpusFixture()
    {
        var lexicon = LexiconLoader.LoadAsync(Path.Combine(RepoPaths.Seeds, "lexicon"), CancellationToken.None).GetAwaiter().GetResult();
        var documents = CorpusLoader.LoadAsync(RepoPaths.Seeds, "manifest.json", CancellationToken.None).GetAwaiter().GetResult();
        Snapshot = CorpusSnapshot.Build(documents, lexicon);
        Service = new ExtractiveAnswerService(new FixedCorpusProvider(Snapshot), Options.Create(new AnswersOptions()),
            NullLogger<ExtractiveAnswerService>.Instance);
    }

    public CorpusSnapshot Snapshot { get; }

    public ExtractiveAnswerService Service { get; }

    public SourceDocument Document(string prefix) => Snapshot.Documents.Single(d => d.File.StartsWith(prefix, StringComparison.Ordinal));

    public void Dispose() => Snapshot.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SeedCorpusCollection : ICollectionFixture<SeedCorpusFixture>
{
    public const string Name = "Seed corpus";
}

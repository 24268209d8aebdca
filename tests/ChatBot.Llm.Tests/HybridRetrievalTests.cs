using ChatBot.Llm.Embeddings;
using ChatBot.Llm.Model;
using ChatBot.Llm.Retrieval;
using ChatBot.Llm.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatBot.Llm.Tests;

/// <summary>Embeddings over real HTTP from the fake provider, fused with a lexical ranking, cached on disk.</summary>
public sealed class HybridRetrievalTests : IDisposable
{
    private static readonly string[] Topics = ["opvang", "spreidingswet", "grens", "papieren"];
    private readonly string _cacheFolder = Directory.CreateTempSubdirectory("embeddings-").FullName;

    // A toy embedding: how often each topic word occurs, plus a constant so no vector is zero.
    private static float[]? Embed(string text) =>
        [.. Topics.Select(t => (float)CountOf(text, t)), 0.1f];

    private static int CountOf(string text, string word) =>
        (text.Length - text.Replace(word, "", StringComparison.OrdinalIgnoreCase).Length) / word.Length;

    private sealed class Setup : IDisposable
    {
        private readonly LlmKernel _kernel;

        public Setup(Uri endpoint, string cacheFolder, params RetrievedPassage[] corpus)
        {
            _kernel = new LlmKernel(new LlmOptions { Endpoint = endpoint, Model = "m", EmbeddingModel = "fake-embed" }, null);
            Embedder = new OpenAiTextEmbedder(_kernel.Client.GetEmbeddingClient("fake-embed"), "fake-embed");
            Index = new EmbeddingIndex(new FakePassageSource(corpus), Embedder, cacheFolder, NullLogger<EmbeddingIndex>.Instance);
        }

        public ITextEmbedder Embedder { get; }
        public EmbeddingIndex Index { get; }

        public IPassageRetriever Hybrid(IPassageRetriever lexical) => new HybridPassageRetriever(lexical, Index, Embedder, NullLogger.Instance);

        public void Dispose() => _kernel.Dispose();
    }

    [Fact]
    public async Task Hybrid_retrieval_adds_a_passage_the_lexical_ranking_missed()
    {
        await using var server = await FakeOpenAiServer.StartAsync(_ => new ScriptedReply(500, null), Embed);
        using var setup = new Setup(server.Endpoint, _cacheFolder, TestCorpus.Bij1, TestCorpus.Vwn);
        await setup.Index.BuildAsync(TestContext.Token);

        var hits = await setup.Hybrid(new FakePassageRetriever(TestCorpus.Bij1)).RetrieveAsync("spreidingswet", 5, TestContext.Token);

        Assert.Equal(2, setup.Index.Count);
        Assert.Contains(hits, p => p.PassageId == TestCorpus.Vwn.PassageId);
        Assert.Equal(TestCorpus.Vwn.PassageId, setup.Index.Search(Embed("spreidingswet")!, 1).Single().PassageId);
    }

    [Fact]
    public async Task Restart_takes_embeddings_from_the_disk_cache_without_calling_the_provider()
    {
        await using (var first = await FakeOpenAiServer.StartAsync(_ => new ScriptedReply(500, null), Embed))
        {
            using var setup = new Setup(first.Endpoint, _cacheFolder, TestCorpus.Bij1, TestCorpus.Vwn);
            await setup.Index.BuildAsync(TestContext.Token);
            Assert.Equal(2, setup.Index.LastEmbedded);
        }

        await using var refusing = await FakeOpenAiServer.StartAsync(_ => new ScriptedReply(500, null), _ => null);
        using var restarted = new Setup(refusing.Endpoint, _cacheFolder, TestCorpus.Bij1, TestCorpus.Vwn);

        await restarted.Index.BuildAsync(TestContext.Token);

        Assert.True(restarted.Index.IsReady);
        Assert.Equal(0, restarted.Index.LastEmbedded);
        Assert.Empty(refusing.EmbeddedTexts);
    }

    [Fact]
    public async Task Changed_passage_alone_is_embedded_again()
    {
        await using var server = await FakeOpenAiServer.StartAsync(_ => new ScriptedReply(500, null), Embed);
        using (var setup = new Setup(server.Endpoint, _cacheFolder, TestCorpus.Bij1, TestCorpus.Vwn))
        {
            await setup.Index.BuildAsync(TestContext.Token);
        }

        var edited = TestCorpus.Vwn with { Text = TestCorpus.Vwn.Text.Replace("kabinet", "Kabinet", StringComparison.Ordinal) };
        using var again = new Setup(server.Endpoint, _cacheFolder, TestCorpus.Bij1, edited);

        await again.Index.BuildAsync(TestContext.Token);

        Assert.Equal(1, again.Index.LastEmbedded);
        Assert.Equal(3, server.EmbeddedTexts.Count);
    }

    [Fact]
    public async Task Failing_query_embedding_leaves_the_lexical_ranking()
    {
        var allowQueries = true;
        await using var server = await FakeOpenAiServer.StartAsync(_ => new ScriptedReply(500, null), t => allowQueries || t.Length > 40 ? Embed(t) : null);
        using var setup = new Setup(server.Endpoint, _cacheFolder, TestCorpus.Bij1, TestCorpus.Vwn);
        await setup.Index.BuildAsync(TestContext.Token);
        allowQueries = false;

        var hits = await setup.Hybrid(new FakePassageRetriever(TestCorpus.Bij1)).RetrieveAsync("spreidingswet", 5, TestContext.Token);

        Assert.Equal([TestCorpus.Bij1.PassageId], hits.Select(p => p.PassageId));
    }

    [Fact]
    public async Task Index_not_yet_built_leaves_the_lexical_ranking()
    {
        await using var server = await FakeOpenAiServer.StartAsync(_ => new ScriptedReply(500, null), Embed);
        using var setup = new Setup(server.Endpoint, _cacheFolder, TestCorpus.Bij1, TestCorpus.Vwn);

        var hits = await setup.Hybrid(new FakePassageRetriever(TestCorpus.Bij1)).RetrieveAsync("spreidingswet", 5, TestContext.Token);

        Assert.Equal([TestCorpus.Bij1.PassageId], hits.Select(p => p.PassageId));
        Assert.Empty(server.EmbeddedTexts);
    }

    public void Dispose() => Directory.Delete(_cacheFolder, recursive: true);
}

using ChatBot.Answers;
using ChatBot.Answers.Model;
using ChatBot.Llm.Retrieval;
using ChatBot.Llm.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Llm.Tests;

public sealed class AddLlmModeTests
{
    private static HostApplicationBuilder Builder(params (string Key, string? Value)[] settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(settings.Where(s => s.Value is not null).Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.Services.AddSingleton<IAnswerService, FakeExtractiveAnswerService>();
        builder.Services.AddSingleton<IPassageRetriever>(new FakePassageRetriever(TestCorpus.Bij1));
        builder.Services.AddSingleton<ISourceCatalog, FakeSourceCatalog>();
        return builder;
    }

    [Fact]
    public void Disabled_mode_leaves_the_answer_service_as_it_was()
    {
        var builder = Builder();

        builder.AddLlmMode();
        using var host = builder.Build();

        Assert.IsType<FakeExtractiveAnswerService>(host.Services.GetRequiredService<IAnswerService>());
    }

    [Fact]
    public async Task Enabled_mode_wraps_the_registered_answer_service()
    {
        await using var server = await FakeOpenAiServer.StartAsync(_ => new ScriptedReply(500, null));
        var builder = Builder(("Llm:Enabled", "true"), ("Llm:Endpoint", server.Endpoint.ToString()), ("Llm:Model", "m"), ("Llm:RewriteQueries", "false"));

        builder.AddLlmMode();
        using var host = builder.Build();
        var service = host.Services.GetRequiredService<IAnswerService>();
        var answer = await service.AnswerAsync(AnswerRequest.FromCli("Wat wil BIJ1?"), TestContext.Token);

        Assert.IsType<LlmAnswerService>(service);
        Assert.Equal(AnswerMode.Extractive, answer.Mode);
        Assert.Single(server.Requests);
        Assert.Equal("Bearer " + (Environment.GetEnvironmentVariable("LLM_API_KEY") ?? "no-key"), server.Requests.Single().Authorization);
    }

    [Fact]
    public async Task Embedding_model_builds_the_hybrid_index_at_start_and_caches_it()
    {
        await using var server = await FakeOpenAiServer.StartAsync(_ => new ScriptedReply(500, null), _ => [1f, 0.5f]);
        var cache = Directory.CreateTempSubdirectory("embeddings-").FullName;
        try
        {
            var builder = Builder(("Llm:Enabled", "true"), ("Llm:Endpoint", server.Endpoint.ToString()), ("Llm:Model", "m"),
                ("Llm:EmbeddingModel", "embed-small"), ("Llm:EmbeddingCacheFolder", cache));
            builder.Services.AddSingleton<IPassageSource>(new FakePassageSource(TestCorpus.Bij1, TestCorpus.Vwn));
            builder.AddLlmMode();
            using var host = builder.Build();

            await host.StartAsync(TestContext.Token);
            var index = host.Services.GetRequiredService<Embeddings.EmbeddingIndex>();
            for (var i = 0; i < 100 && !index.IsReady; i++)
            {
                await Task.Delay(50, TestContext.Token);
            }

            await host.StopAsync(TestContext.Token);
            Assert.True(index.IsReady);
            Assert.True(File.Exists(Path.Combine(cache, "embed-small.embeddings.json")));
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Theory]
    [InlineData(null, 0.0)]
    [InlineData("0.7", 0.7)]
    [InlineData("", null)]
    public void Temperature_defaults_to_zero_and_can_be_left_out(string? configured, double? expected)
    {
        var builder = Builder(("Llm:Enabled", "true"), ("Llm:Endpoint", "http://127.0.0.1:1/v1"), ("Llm:Model", "m"), ("Llm:Temperature", configured));
        builder.AddLlmMode();
        using var host = builder.Build();

        Assert.Equal(expected, host.Services.GetRequiredService<IOptions<LlmOptions>>().Value.Temperature);
    }

    [Fact]
    public async Task Api_key_is_sent_but_never_logged_and_user_text_only_at_debug()
    {
        const string key = "sk-secret-4f1d9c";
        const string question = "Wat wil BIJ1 met opvang zonder-spoor-7?";
        var reply = """{ "answerable": true, "claims": [ { "text": "BIJ1 wil azc's vervangen.", "citations": [ "S1.1" ] } ] }""";
        await using var server = await FakeOpenAiServer.StartAsync(r => r.User.Contains("fail", StringComparison.Ordinal) ? new ScriptedReply(500, null) : ScriptedReply.Json(reply));
        var builder = Builder(("Llm:Enabled", "true"), ("Llm:Endpoint", server.Endpoint.ToString()), ("Llm:Model", "m"), ("LLM_API_KEY", key));
        var logs = new CapturingLoggerProvider();
        builder.Logging.AddProvider(logs);
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.AddLlmMode();
        using var host = builder.Build();
        var service = host.Services.GetRequiredService<IAnswerService>();

        var answered = await service.AnswerAsync(AnswerRequest.FromCli(question), TestContext.Token);
        await service.AnswerAsync(AnswerRequest.FromCli("fail " + question), TestContext.Token);

        Assert.Equal(AnswerMode.Llm, answered.Mode);
        Assert.All(server.Requests, r => Assert.Equal("Bearer " + key, r.Authorization));
        Assert.NotEmpty(logs.Entries);
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains(key, StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, e => e.Level > LogLevel.Debug && e.Message.Contains("zonder-spoor-7", StringComparison.Ordinal));
    }

    [Fact]
    public void Api_key_comes_from_the_environment_variable_name()
    {
        Assert.Equal("LLM_API_KEY", LlmOptions.ApiKeyVariable);
    }

    [Theory]
    [InlineData(null, "m", "Llm:Endpoint")]
    [InlineData("ftp://example.org/", "m", "Llm:Endpoint")]
    [InlineData("http://127.0.0.1:1/v1", null, "Llm:Model")]
    [InlineData("http://127.0.0.1:1/v1", "m", "Llm:PromptsFolder")]
    public async Task Broken_configuration_stops_the_start_naming_the_key(string? endpoint, string? model, string key)
    {
        var builder = Builder(("Llm:Enabled", "true"), ("Llm:Endpoint", endpoint), ("Llm:Model", model),
            ("Llm:PromptsFolder", key == "Llm:PromptsFolder" ? "no-such-folder" : "prompts"));
        builder.AddLlmMode();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Token));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Enabled_mode_without_an_answer_service_is_refused()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection([new("Llm:Enabled", "true")]);

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddLlmMode());

        Assert.Contains("AddAnswers", error.Message, StringComparison.Ordinal);
    }
}

using ChatBot.Answers.Model;
using ChatBot.Llm.Conversations;
using ChatBot.Llm.Model;
using ChatBot.Llm.Prompts;
using ChatBot.Llm.Retrieval;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatBot.Llm.Tests.Fakes;

/// <summary>The real LLM answer service against a fake server, with fakes for our own interfaces.</summary>
public sealed class TestLlm : IDisposable
{
    private readonly LlmKernel _kernel;

    public TestLlm(Uri endpoint, Action<LlmOptions>? tweak = null, FakeExtractiveAnswerService? extractive = null, params RetrievedPassage[] passages)
    {
        Options = new LlmOptions { Enabled = true, Endpoint = endpoint, Model = "fake-model", RewriteQueries = false, TimeBudget = TimeSpan.FromSeconds(5) };
        tweak?.Invoke(Options);
        Extractive = extractive ?? new FakeExtractiveAnswerService();
        Retriever = new FakePassageRetriever(passages.Length > 0 ? passages : [TestCorpus.Bij1, TestCorpus.Vwn]);
        Memory = new ConversationMemory(100, TimeSpan.FromMinutes(30), TimeProvider.System);
        _kernel = new LlmKernel(Options, "sk-test-key");
        Service = new LlmAnswerService(Extractive, Retriever, _kernel, new PromptLibrary(PromptsFolder), Memory, Options,
            new FakeSourceCatalog(), NullLogger<LlmAnswerService>.Instance);
    }

    public static string PromptsFolder => Path.Combine(AppContext.BaseDirectory, "prompts");

    public static Conversation Chat { get; } = new("telegram", "chat-1", "user-1");

    public LlmOptions Options { get; }
    public FakeExtractiveAnswerService Extractive { get; }
    public FakePassageRetriever Retriever { get; }
    public ConversationMemory Memory { get; }
    public LlmAnswerService Service { get; }

    public Task<Answer> AskAsync(string question, QuestionKind? kind = null) =>
        Service.AnswerAsync(new AnswerRequest(question, Chat, kind), TestContext.Token);

    public void Dispose() => _kernel.Dispose();
}

/// <summary>Every test's cancellation token: bounded, so a hang fails the test instead of the suite.</summary>
public static class TestContext
{
    public static CancellationToken Token => new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;
}

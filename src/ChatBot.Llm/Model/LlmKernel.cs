using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;

namespace ChatBot.Llm.Model;

/// <summary>
/// The Semantic Kernel with its OpenAI-compatible chat connector, over our own HttpClient. The SDK's retries are
/// off: one slow or refused call must not eat the answer's time budget, the extractive answer is the fallback.
/// </summary>
public sealed class LlmKernel : IDisposable
{
    private readonly HttpClient _http;
    private readonly LlmOptions _options;

    public LlmKernel(LlmOptions options, string? apiKey)
    {
        _options = options;
        // Answers are bounded by the time budget (a cancellation token); this ceiling only stops a stuck start-up
        // embedding batch, which may legitimately take long on a local server.
        var timeout = options.TimeBudget + TimeSpan.FromMinutes(2);
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = timeout };
        Client = new OpenAIClient(
            // Local servers need no key but the SDK wants a non-empty credential; they ignore this one.
            new ApiKeyCredential(string.IsNullOrEmpty(apiKey) ? "no-key" : apiKey),
            new OpenAIClientOptions
            {
                Endpoint = options.Endpoint,
                Transport = new HttpClientPipelineTransport(_http),
                RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                NetworkTimeout = timeout,
            });

        var builder = Kernel.CreateBuilder();
        // SK's own loggers may write prompts at Trace; ours log ids and counts only.
        builder.Services.AddSingleton<IChatCompletionService>(new OpenAIChatCompletionService(options.Model!, Client, NullLoggerFactory.Instance));
        Kernel = builder.Build();
    }

    public Kernel Kernel { get; }

    /// <summary>The provider client, shared with the embedding endpoint.</summary>
    internal OpenAIClient Client { get; }

    /// <summary>Renders <paramref name="function"/>'s prompt with <paramref name="variables"/> and returns the reply text.</summary>
    public async Task<string> CompleteAsync(KernelFunction function, IReadOnlyDictionary<string, string> variables, CancellationToken cancellationToken)
    {
        var settings = new OpenAIPromptExecutionSettings
        {
            Temperature = _options.Temperature,
            MaxTokens = _options.MaxOutputTokens,
            ResponseFormat = _options.JsonResponseFormat ? "json_object" : null,
        };
        var arguments = new KernelArguments(settings);
        foreach (var (name, value) in variables)
        {
            arguments[name] = value;
        }

        var result = await function.InvokeAsync(Kernel, arguments, cancellationToken).ConfigureAwait(false);
        return result.GetValue<string>() ?? string.Empty;
    }

    public void Dispose() => _http.Dispose();
}

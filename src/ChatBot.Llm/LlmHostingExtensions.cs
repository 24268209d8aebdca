using ChatBot.Answers;
using ChatBot.Llm.Conversations;
using ChatBot.Llm.Embeddings;
using ChatBot.Llm.Model;
using ChatBot.Llm.Prompts;
using ChatBot.Llm.Retrieval;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Llm;

public static class LlmHostingExtensions
{
    /// <summary>Key under which the decorated (extractive) answer service stays registered.</summary>
    public const string ExtractiveServiceKey = "ChatBot.Llm.extractive";

    /// <summary>
    /// When Llm:Enabled is true, wraps the IAnswerService registered before this call (AddAnswers) in
    /// <see cref="LlmAnswerService"/>; needs an <see cref="IPassageRetriever"/>. When disabled nothing is registered.
    /// </summary>
    public static IHostApplicationBuilder AddLlmMode(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.Configuration.GetSection(LlmOptions.Section).GetValue<bool>(nameof(LlmOptions.Enabled)))
        {
            return builder;
        }

        var services = builder.Services;
        var previous = services.LastOrDefault(d => d.ServiceType == typeof(IAnswerService) && !d.IsKeyedService)
            ?? throw new InvalidOperationException("Llm:Enabled is true but no IAnswerService is registered: call AddLlmMode after AddAnswers.");
        services.Remove(previous);
        services.Add(AsKeyed(previous));

        services.AddOptions<LlmOptions>()
            .BindConfiguration(LlmOptions.Section)
            .ValidateDataAnnotations()
            .Validate<IHostEnvironment>(
                (o, env) => PromptLibrary.MissingFiles(PromptsFolder(o, env)).Count == 0,
                "Llm:PromptsFolder does not hold every prompt file (answer, compare, check, query-rewrite; .nl.txt and .en.txt).")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CorpusPassageRetriever>();
        services.TryAddSingleton<IPassageRetriever>(sp => sp.GetRequiredService<CorpusPassageRetriever>());
        services.TryAddSingleton<IPassageSource>(sp => sp.GetRequiredService<CorpusPassageRetriever>());
        services.AddSingleton(sp => new PromptLibrary(
            PromptsFolder(sp.GetRequiredService<IOptions<LlmOptions>>().Value, sp.GetRequiredService<IHostEnvironment>())));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<LlmOptions>>().Value;
            return new ConversationMemory(options.MaxRememberedChats, options.FollowUpWindow, sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<LlmOptions>>().Value;
            // The host's configuration includes the environment; read it directly too in case a prefix filter hides it.
            var apiKey = sp.GetRequiredService<IConfiguration>()[LlmOptions.ApiKeyVariable] ?? Environment.GetEnvironmentVariable(LlmOptions.ApiKeyVariable);
            var kernel = new LlmKernel(options, apiKey);
            Log.ModeOn(sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LlmKernel)), options.Model!, options.Endpoint!.Host, options.TimeBudget.TotalMilliseconds);
            return kernel;
        });
        var hybrid = !string.IsNullOrWhiteSpace(builder.Configuration.GetSection(LlmOptions.Section)[nameof(LlmOptions.EmbeddingModel)]);
        if (hybrid)
        {
            AddEmbeddings(services);
        }

        services.Add(new ServiceDescriptor(typeof(IAnswerService), sp => new LlmAnswerService(
            sp.GetRequiredKeyedService<IAnswerService>(ExtractiveServiceKey),
            Retriever(sp, hybrid),
            sp.GetRequiredService<LlmKernel>(),
            sp.GetRequiredService<PromptLibrary>(),
            sp.GetRequiredService<ConversationMemory>(),
            sp.GetRequiredService<IOptions<LlmOptions>>().Value,
            sp.GetService<ISourceCatalog>(),
            sp.GetRequiredService<ILogger<LlmAnswerService>>()), previous.Lifetime));
        return builder;
    }

    private static void AddEmbeddings(IServiceCollection services)
    {
        services.AddSingleton<ITextEmbedder>(sp =>
        {
            var model = sp.GetRequiredService<IOptions<LlmOptions>>().Value.EmbeddingModel!;
            return new OpenAiTextEmbedder(sp.GetRequiredService<LlmKernel>().Client.GetEmbeddingClient(model), model);
        });
        services.AddSingleton(sp => new EmbeddingIndex(
            sp.GetService<IPassageSource>()
                ?? throw new InvalidOperationException("Llm:EmbeddingModel is set but no IPassageSource is registered (ChatBot.Answers provides it)."),
            sp.GetRequiredService<ITextEmbedder>(),
            FromContentRoot(sp.GetRequiredService<IOptions<LlmOptions>>().Value.EmbeddingCacheFolder, sp.GetRequiredService<IHostEnvironment>()),
            sp.GetRequiredService<ILogger<EmbeddingIndex>>()));
        services.AddHostedService<EmbeddingWarmupService>();
    }

    private static IPassageRetriever Retriever(IServiceProvider sp, bool hybrid)
    {
        var lexical = sp.GetService<IPassageRetriever>()
            ?? throw new InvalidOperationException("Llm:Enabled is true but no IPassageRetriever is registered (ChatBot.Answers provides it).");
        return hybrid
            ? new HybridPassageRetriever(lexical, sp.GetRequiredService<EmbeddingIndex>(), sp.GetRequiredService<ITextEmbedder>(),
                sp.GetRequiredService<ILoggerFactory>().CreateLogger<HybridPassageRetriever>())
            : lexical;
    }

    private static string FromContentRoot(string folder, IHostEnvironment environment) =>
        Path.IsPathRooted(folder) ? folder : Path.Combine(environment.ContentRootPath, folder);

    private static string PromptsFolder(LlmOptions options, IHostEnvironment environment) => FromContentRoot(options.PromptsFolder, environment);

    // The previous registration moves under a key, so the container still creates and disposes it.
    private static ServiceDescriptor AsKeyed(ServiceDescriptor previous) =>
        previous.ImplementationInstance is { } instance
            ? new ServiceDescriptor(previous.ServiceType, ExtractiveServiceKey, instance)
            : previous.ImplementationFactory is { } factory
                ? new ServiceDescriptor(previous.ServiceType, ExtractiveServiceKey, (sp, _) => factory(sp), previous.Lifetime)
                : new ServiceDescriptor(previous.ServiceType, ExtractiveServiceKey, previous.ImplementationType!, previous.Lifetime);
}

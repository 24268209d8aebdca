using ChatBot.Answers.Answering;
using ChatBot.Answers.Corpus;
using ChatBot.Answers.Operations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Answers;

public static class AnswersHostingExtensions
{
    /// <summary>The answer service and its corpus, options validated at start; pins, rate limits, update claims and readiness get in-process defaults.</summary>
    public static IHostApplicationBuilder AddAnswers(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CorpusOptions>().BindConfiguration(CorpusOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AnswersOptions>().BindConfiguration(AnswersOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<CorpusProvider>();
        services.TryAddSingleton<ICorpusProvider>(sp => sp.GetRequiredService<CorpusProvider>());
        services.TryAddSingleton<ISourceCatalog>(sp => sp.GetRequiredService<CorpusProvider>());
        services.AddMetrics();
        services.TryAddSingleton<AnswerMetrics>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<Conversations.ConversationMemory>();
        services.TryAddSingleton<IAnswerService, ExtractiveAnswerService>();
        services.TryAddSingleton<IPinLog, NullPinLog>();
        services.TryAddSingleton<IAskerRateLimiter, TokenBucketAskerRateLimiter>();
        services.TryAddSingleton<IUpdateClaims, RecentUpdateClaims>();
        services.TryAddSingleton<IReadinessReporter, NullReadinessReporter>();
        return builder;
    }

    /// <summary>Loads the corpus when the host starts (so a bad seed stops the start) and watches it for changes.</summary>
    public static IHostApplicationBuilder AddCorpusWatcher(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHostedService<CorpusWatcherHostedService>();
        return builder;
    }
}

using Polly;
using Polly.Retry;

namespace ChatBot.Operations.Audit;

/// <summary>
/// Retries a failed batch write a few times (a database restart, a lock timeout) before the batch is reported lost.
/// Registered through Microsoft.Extensions.Resilience so retries are logged and metered like every other pipeline.
/// </summary>
public sealed record AuditStoreRetry(ResiliencePipeline Pipeline)
{
    public const string PipelineName = "chatbot-audit-store";

    public static AuditStoreRetry None { get; } = new(ResiliencePipeline.Empty);

    public static void Configure(ResiliencePipelineBuilder builder, TimeSpan firstDelay) =>
        builder.AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException),
            MaxRetryAttempts = 3,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = firstDelay,
        });
}

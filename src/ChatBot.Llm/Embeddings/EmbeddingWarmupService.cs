using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Llm.Embeddings;

/// <summary>Builds the embedding index in the background at start; a failure leaves retrieval lexical, the bot runs on.</summary>
internal sealed class EmbeddingWarmupService(EmbeddingIndex index, ILogger<EmbeddingWarmupService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await index.BuildAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.EmbeddingIndexFailed(logger, ex.GetType().Name);
        }
    }
}

using ChatBot.Answers.Operations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Answers.Corpus;

/// <summary>
/// Builds the index at start (a broken corpus stops the host with the file named) and reloads it when a file in
/// the corpus folder changes, after a short quiet period so a copy in progress is not read half-written.
/// </summary>
public sealed partial class CorpusWatcherHostedService(
    CorpusProvider provider,
    IOptions<CorpusOptions> options,
    ILogger<CorpusWatcherHostedService> logger,
    IReadinessReporter readiness) : BackgroundService
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(500);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var corpus = provider.Current; // throws CorpusLoadException for a bad seed: the start fails with its message
        readiness.Report("corpus", true, $"{corpus.Documents.Count} documents");
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WatchForChanges) return;
        using var watcher = new FileSystemWatcher(provider.Folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        var changed = 0;
        void OnChange(object? sender, FileSystemEventArgs e) => Interlocked.Exchange(ref changed, 1);
        watcher.Changed += OnChange;
        watcher.Created += OnChange;
        watcher.Deleted += OnChange;
        watcher.Renamed += (s, e) => OnChange(s, e);
        using var timer = new PeriodicTimer(Quiet);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            if (Interlocked.Exchange(ref changed, 0) == 0) continue;
            await Task.Delay(Quiet, stoppingToken).ConfigureAwait(false);
            if (Interlocked.Exchange(ref changed, 0) == 1) { Interlocked.Exchange(ref changed, 1); continue; }
            try
            {
                await provider.ReloadAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (CorpusLoadException)
            {
                // Logged by the provider; the previous corpus stays in use.
            }
            catch (IOException e)
            {
                LogReadFailed(logger, e.Message);
            }
        }
    }

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Corpus folder could not be read, will retry on the next change: {Reason}")]
    private static partial void LogReadFailed(ILogger logger, string reason);
}

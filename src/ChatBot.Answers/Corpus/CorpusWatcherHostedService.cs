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
        var changed = 0;
        void OnChange(object? sender, FileSystemEventArgs e) => Interlocked.Exchange(ref changed, 1);
        var watchers = new List<FileSystemWatcher>();
        foreach (var folder in provider.Folders)
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += (s, e) => OnChange(s, e);
            watchers.Add(watcher);
        }

        try
        {
            await WatchAsync(() => Interlocked.Exchange(ref changed, 0) == 1, () => Interlocked.Exchange(ref changed, 1), stoppingToken).ConfigureAwait(false);
        }
        finally
        {
            watchers.ForEach(w => w.Dispose());
        }
    }

    private async Task WatchAsync(Func<bool> takeChange, Action markChanged, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Quiet);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            if (!takeChange()) continue;
            await Task.Delay(Quiet, stoppingToken).ConfigureAwait(false);
            if (takeChange()) { markChanged(); continue; }
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

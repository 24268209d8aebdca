using ChatBot.Answers.Model;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Answers.Corpus;

/// <summary>Loads the corpus on first use (or at start) and swaps in reloaded snapshots.</summary>
public sealed partial class CorpusProvider : ICorpusProvider, ISourceCatalog, IDisposable
{
    private readonly CorpusOptions _options;
    private readonly string _contentRoot;
    private readonly ILogger<CorpusProvider> _logger;
    private readonly SemaphoreSlim _reloadLock = new(1, 1);
    private readonly Lazy<CorpusSnapshot> _initial;
    private CorpusSnapshot? _current;

    public CorpusProvider(IOptions<CorpusOptions> options, IHostEnvironment environment, ILogger<CorpusProvider> logger)
    {
        _options = options.Value;
        _contentRoot = environment.ContentRootPath;
        _logger = logger;
        _initial = new Lazy<CorpusSnapshot>(() => LoadAsync(CancellationToken.None).GetAwaiter().GetResult());
    }

    public string Folder => Path.GetFullPath(Path.Combine(_contentRoot, _options.Folder));

    /// <summary>The main folder and every extra folder, as full paths: what is loaded and watched.</summary>
    public IReadOnlyList<string> Folders =>
        [Folder, .. _options.ExtraFolders.Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => Path.GetFullPath(Path.Combine(_contentRoot, f)))];

    public CorpusSnapshot Current => Volatile.Read(ref _current) ?? InitialSnapshot();

    public IReadOnlyList<SourceDocumentInfo> Documents => [.. Current.Documents.Select(d => d.Info)];

    private CorpusSnapshot InitialSnapshot()
    {
        var snapshot = _initial.Value;
        Interlocked.CompareExchange(ref _current, snapshot, null);
        return _current!;
    }

    public async Task<CorpusSnapshot> ReloadAsync(CancellationToken cancellationToken)
    {
        await _reloadLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var snapshot = await LoadAsync(cancellationToken).ConfigureAwait(false);
            // Questions in flight may still read the old snapshot, so it is not disposed: the collector frees it.
            Interlocked.Exchange(ref _current, snapshot);
            LogReloaded(_logger, snapshot.Documents.Count, snapshot.Passages.Count, snapshot.Version);
            return snapshot;
        }
        catch (CorpusLoadException e)
        {
            LogReloadRejected(_logger, e.Message);
            throw;
        }
        finally
        {
            _reloadLock.Release();
        }
    }

    private async Task<CorpusSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var lexicon = await Lexicon.LexiconLoader.LoadAsync(Path.Combine(Folder, _options.Lexicon), cancellationToken).ConfigureAwait(false);
        var documents = new List<SourceDocument>();
        var origin = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in Folders)
        {
            if (folder != Folder && !Directory.Exists(folder))
            {
                throw new CorpusLoadException($"Extra corpus folder '{folder}' does not exist. Fix or remove it in Corpus:ExtraFolders (env Corpus__ExtraFolders__N).");
            }

            foreach (var document in await CorpusLoader.LoadAsync(folder, _options.Manifest, cancellationToken).ConfigureAwait(false))
            {
                // Citations name a document by its file name, so two folders must not both hold one.
                if (!origin.TryAdd(document.File, folder))
                {
                    throw new CorpusLoadException($"{Path.Combine(folder, document.File)}: a document named '{document.File}' is already loaded from {origin[document.File]}. Rename one of them (and its manifest entry).");
                }

                documents.Add(document);
            }
        }

        var store = string.IsNullOrWhiteSpace(_options.IndexFolder) ? null : new Retrieval.Store.IndexStore(Path.Combine(_contentRoot, _options.IndexFolder), _logger);
        var snapshot = CorpusSnapshot.Build(documents, lexicon, store);
        LogLoaded(_logger, documents.Count, snapshot.Passages.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return snapshot;
    }

    public void Dispose()
    {
        _reloadLock.Dispose();
        _current?.Dispose();
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Corpus loaded: {Documents} documents, {Passages} passages in {Milliseconds:F0} ms")]
    private static partial void LogLoaded(ILogger logger, int documents, int passages, double milliseconds);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Corpus reloaded: {Documents} documents, {Passages} passages, version {Version}")]
    private static partial void LogReloaded(ILogger logger, int documents, int passages, string version);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "Corpus change rejected, the previous corpus stays in use: {Reason}")]
    private static partial void LogReloadRejected(ILogger logger, string reason);
}

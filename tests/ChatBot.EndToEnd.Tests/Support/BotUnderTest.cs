using ChatBot.Answers;
using ChatBot.Answers.Corpus;
using ChatBot.Operations.Audit;
using ChatBot.Operations.Hosting;
using ChatBot.Telegram;
using ChatBot.Telegram.Tests.FakeBotApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.EndToEnd.Tests.Support;

/// <summary>
/// The bot as BotHost.CreateBot wires it — real extractive answers on a temp copy of seeds/, the corpus watcher, the
/// audit trail in SQLite, the real Telegram adapter — with the Bot API at a <see cref="FakeBotApiServer"/> on 127.0.0.1.
/// </summary>
internal sealed class BotUnderTest : IAsyncDisposable
{
    private readonly IHost _host;
    private bool _stopped;

    private BotUnderTest(FakeBotApiServer telegram, TempFolder folder, IHost host, CapturingLoggerProvider logs)
    {
        Telegram = telegram;
        Folder = folder;
        _host = host;
        Logs = logs;
    }

    public FakeBotApiServer Telegram { get; }

    public TempFolder Folder { get; }

    public CapturingLoggerProvider Logs { get; }

    public CorpusProvider Corpus => _host.Services.GetRequiredService<CorpusProvider>();

    public IServiceProvider Services => _host.Services;

    public static async Task<BotUnderTest> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var telegram = await FakeBotApiServer.StartAsync();
        var folder = TempFolder.WithSeeds();
        var logs = new CapturingLoggerProvider();
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = folder.Path });
        builder.Configuration.AddJsonFile(RepositoryPaths.AppSettings, optional: false);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["TELEGRAM_BOT_TOKEN"] = FakeBotApiServer.Token,
            ["Telegram:BaseUrl"] = telegram.BaseUrl.ToString().TrimEnd('/'),
            ["Telegram:DataFolder"] = Path.Combine(folder.Data, "telegram"),
            ["Telegram:PollingTimeoutSeconds"] = "1",
            ["Telegram:TransientRetryBaseDelayMs"] = "50",
            ["Corpus:Folder"] = folder.Seeds,
            ["Audit:DataFolder"] = folder.Data,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Logging.AddProvider(logs);
        builder.AddAnswers();
        builder.AddCorpusWatcher();
        builder.AddOperations();
        builder.AddTelegram();
        var host = builder.Build();
        await host.StartAsync();
        return new BotUnderTest(telegram, folder, host, logs);
    }

    /// <summary>The audit trail as the store holds it now (the writer is asynchronous: wait for what you expect).</summary>
    public Task<IReadOnlyList<AuditRecord>> AuditAsync() =>
        _host.Services.GetRequiredService<IAuditStore>().QueryAsync(new AuditQuery(), CancellationToken.None);

    /// <summary>Polls the audit trail until <paramref name="condition"/> holds or the (bounded) timeout passes.</summary>
    public async Task<IReadOnlyList<AuditRecord>> AuditWhenAsync(Func<IReadOnlyList<AuditRecord>, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        var records = await AuditAsync();
        while (!condition(records) && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(100);
            records = await AuditAsync();
        }

        return records;
    }

    /// <summary>A graceful stop, as on SIGTERM; idempotent.</summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _host.StopAsync(TimeSpan.FromSeconds(10));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _host.Dispose();
        await Telegram.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Folder.Dispose();
    }
}

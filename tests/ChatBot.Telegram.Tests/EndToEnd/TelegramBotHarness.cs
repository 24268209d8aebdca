using ChatBot.Answers;
using ChatBot.Answers.Operations;
using ChatBot.Telegram.Tests.FakeBotApi;
using ChatBot.Telegram.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Telegram.Tests.EndToEnd;

/// <summary>
/// The real adapter (AddTelegram, real Telegram.Bot client, real HttpClient pipeline) in a real host, pointed at a
/// <see cref="FakeBotApiServer"/>. Our own interfaces are hand-written fakes.
/// </summary>
internal sealed class TelegramBotHarness : IAsyncDisposable
{
    private IHost? _host;
    private readonly bool _ownsServer;

    private TelegramBotHarness(FakeBotApiServer server, string dataFolder, bool ownsServer = true)
    {
        Server = server;
        DataFolder = dataFolder;
        _ownsServer = ownsServer;
    }

    public FakeBotApiServer Server { get; }

    public string DataFolder { get; }

    public FakeAnswerService Answers { get; } = new();

    public FakeRateLimiter RateLimiter { get; } = new();

    public RecordingPinLog PinLog { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public IHost Host => _host ?? throw new InvalidOperationException("Not started");

    public static async Task<TelegramBotHarness> CreateAsync()
    {
        var server = await FakeBotApiServer.StartAsync();
        var folder = Path.Combine(Path.GetTempPath(), "chatbot-telegram-tests", Guid.NewGuid().ToString("N"));
        return new TelegramBotHarness(server, folder);
    }

    /// <summary>A second bot process on the same fake Bot API (scale-out); the server stays with its creator.</summary>
    public static TelegramBotHarness SharingServerWith(TelegramBotHarness other) =>
        new(other.Server, Path.Combine(Path.GetTempPath(), "chatbot-telegram-tests", Guid.NewGuid().ToString("N")), ownsServer: false);

    /// <summary>Builds and starts a host; <paramref name="answers"/> replaces the default fake (e.g. a slower one).</summary>
    public async Task StartAsync(IDictionary<string, string?>? settings = null, IAnswerService? answers = null, string? token = null, Action<IServiceCollection>? services = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["TELEGRAM_BOT_TOKEN"] = token ?? FakeBotApiServer.Token,
            ["Telegram:BaseUrl"] = Server.BaseUrl.ToString().TrimEnd('/'),
            ["Telegram:DataFolder"] = DataFolder,
            ["Telegram:PollingTimeoutSeconds"] = "1",
            ["Telegram:TransientRetryBaseDelayMs"] = "50",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Logging.AddProvider(Logs);
        builder.Services.AddSingleton(answers ?? Answers);
        builder.Services.AddSingleton<IAskerRateLimiter>(RateLimiter);
        builder.Services.AddSingleton<IPinLog>(PinLog);
        services?.Invoke(builder.Services);
        builder.AddTelegram();
        _host = builder.Build();
        await _host.StartAsync();
    }

    public async Task StopAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync(TimeSpan.FromSeconds(5));
            _host.Dispose();
            _host = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_ownsServer)
        {
            await Server.DisposeAsync();
        }

        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}

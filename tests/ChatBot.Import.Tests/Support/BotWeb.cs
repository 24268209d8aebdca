using System.Net;
using System.Net.Sockets;
using ChatBot.Answers;
using ChatBot.Answers.Corpus;
using ChatBot.Web;
using ChatBot.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Import.Tests.Support;

/// <summary>
/// The real answer service and source pages on a Kestrel on 127.0.0.1, loading one corpus folder with the
/// repository's lexicon, as the bot would.
/// </summary>
internal sealed class BotWeb : IAsyncDisposable
{
    private readonly IHost _host;

    private BotWeb(IHost host, Uri baseAddress)
    {
        _host = host;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public IAnswerService Answers => _host.Services.GetRequiredService<IAnswerService>();

    public CorpusSnapshot Corpus => _host.Services.GetRequiredService<ICorpusProvider>().Current;

    public static async Task<BotWeb> StartAsync(string corpusFolder, bool watch = false)
    {
        var address = $"http://127.0.0.1:{FreePort()}";
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Test", ContentRootPath = RepoPaths.Root });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Corpus:Folder"] = corpusFolder,
            ["Corpus:Lexicon"] = RepoPaths.Lexicon,
            ["Corpus:WatchForChanges"] = watch ? "true" : "false",
            ["Web:Urls"] = address,
            ["Web:PublicBaseUrl"] = address,
        });
        builder.AddAnswers();
        if (watch) builder.AddCorpusWatcher();
        builder.AddCitationLinks();
        builder.AddSourcePages();
        var host = builder.Build();
        await host.StartAsync();
        return new BotWeb(host, host.Services.GetRequiredService<WebServer>().AddressFor(WebScope.Public));
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}

using System.Net;
using System.Net.Sockets;
using ChatBot.Answers;
using ChatBot.Answers.Corpus;
using ChatBot.Web.Hosting;
using ChatBot.Web.Links;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Web.Tests.Support;

/// <summary>
/// The answer service, the source pages and citation links on a real Kestrel on 127.0.0.1, configured as the bot
/// would be (Web:Urls and Web:PublicBaseUrl the same address).
/// </summary>
internal sealed class WebHost : IAsyncDisposable
{
    private WebHost(IHost host, Uri baseAddress)
    {
        Host = host;
        BaseAddress = baseAddress;
    }

    public IHost Host { get; }

    public Uri BaseAddress { get; }

    public IAnswerService Answers => Host.Services.GetRequiredService<IAnswerService>();

    public CitationLinkBuilder Links => Host.Services.GetRequiredService<CitationLinkBuilder>();

    public CorpusSnapshot Corpus => Host.Services.GetRequiredService<ICorpusProvider>().Current;

    public static async Task<WebHost> StartAsync(string? corpusFolder = null, IDictionary<string, string?>? settings = null, bool publicBaseUrl = true)
    {
        var address = $"http://127.0.0.1:{FreePort()}";
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            EnvironmentName = "Test",
            ContentRootPath = RepoPaths.Root,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Corpus:Folder"] = corpusFolder ?? RepoPaths.Seeds,
            ["Corpus:Lexicon"] = RepoPaths.Lexicon,
            ["Corpus:WatchForChanges"] = "false",
            ["Web:Urls"] = address,
            ["Web:PublicBaseUrl"] = publicBaseUrl ? address : null,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.AddAnswers();
        builder.AddCitationLinks();
        builder.AddSourcePages();
        var host = builder.Build();
        await host.StartAsync();
        var web = host.Services.GetRequiredService<WebServer>();
        return new WebHost(host, web.AddressFor(WebScope.Public));
    }

    /// <summary>A port nobody listens on right now (the public base URL must be known before the start).</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
    }
}

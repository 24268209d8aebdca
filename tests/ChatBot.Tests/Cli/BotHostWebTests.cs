using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace ChatBot.Tests.Cli;

/// <summary>The real bot host (no verb) with Web:Urls: one address serves /sources, the health routes and the links' pages.</summary>
public sealed class BotHostWebTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("chatbot-host-web-").FullName;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private Process? _bot;

    public void Dispose()
    {
        if (_bot is { HasExited: false }) _bot.Kill(entireProcessTree: true); // a failed assertion must not leave it running
        _bot?.Dispose();
        _http.Dispose();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task The_bot_host_serves_the_linked_source_pages_and_health_on_one_address_and_refuses_a_traversal_path()
    {
        var address = $"http://127.0.0.1:{FreePort()}";
        var environment = new Dictionary<string, string>
        {
            ["Web__Urls"] = address,
            ["Web__PublicBaseUrl"] = address,
            ["Health__Enabled"] = "true",
            ["Audit__DataFolder"] = _data,
            ["Corpus__WatchForChanges"] = "false",
        };
        var ask = await CliRun.RunAsync(["ask", "--json", "wat vindt BIJ1 van vreemdelingendetentie?"], environment);
        var link = JsonDocument.Parse(ask.StdoutLines[0]).RootElement.GetProperty("citations")[0].GetProperty("link").GetString()!;
        var bot = _bot = StartBot(environment);

        var sources = await GetWhenUpAsync(new Uri($"{address}/sources"), bot);
        using var page = await _http.GetAsync(new Uri(link));
        using var health = await _http.GetAsync(new Uri($"{address}/healthz"));
        using var traversal = await _http.GetAsync(new Uri($"{address}/sources/..%2F..%2Fappsettings.json"));

        Assert.Contains("000_b8810ead333ab498.txt", sources, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<mark id=\"q\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, traversal.StatusCode);
        Assert.DoesNotContain("LogLevel", await traversal.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        bot.StandardInput.Close(); // end of the console chat stops the host
        Assert.True(bot.WaitForExit(30_000), "the bot did not stop after its console input closed");
    }

    [Fact]
    public async Task An_audited_answer_names_the_corpus_id_that_sources_shows()
    {
        var address = $"http://127.0.0.1:{FreePort()}";
        var environment = new Dictionary<string, string>
        {
            ["Web__Urls"] = address,
            ["Audit__DataFolder"] = _data,
            ["Corpus__WatchForChanges"] = "false",
        };
        var bot = _bot = StartBot(environment);
        var sources = await GetWhenUpAsync(new Uri($"{address}/sources"), bot);

        // One question in the console chat (audited), then end of input stops the host and flushes the audit queue.
        await bot.StandardInput.WriteLineAsync("wat vindt BIJ1 van vreemdelingendetentie?");
        bot.StandardInput.Close();
        Assert.True(bot.WaitForExit(30_000), "the bot did not stop after its console input closed");
        var audit = await CliRun.RunAsync(["audit"], environment);

        var shown = System.Text.RegularExpressions.Regex.Match(sources, "corpus version <code>([^<]+)</code>").Groups[1].Value;
        var recorded = JsonDocument.Parse(Assert.Single(audit.StdoutLines)).RootElement.GetProperty("corpus_version").GetString();
        Assert.Matches("^[0-9a-f]{16}$", shown);
        Assert.Equal(shown, recorded);
    }

    private static Process StartBot(Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet")
        {
            WorkingDirectory = CliRun.RepoRoot,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ChatBot.dll"));
        foreach (var (key, value) in environment) start.Environment[key] = value;
        start.Environment.Remove("TELEGRAM_BOT_TOKEN");
        start.Environment.Remove("DISCORD_BOT_TOKEN");
        start.Environment["Llm__Enabled"] = "false";
        var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        return process;
    }

    private async Task<string> GetWhenUpAsync(Uri url, Process bot)
    {
        for (var watch = Stopwatch.StartNew(); watch.Elapsed < TimeSpan.FromSeconds(60); await Task.Delay(200))
        {
            Assert.False(bot.HasExited, "the bot exited before serving /sources");
            try
            {
                return await _http.GetStringAsync(url);
            }
            catch (HttpRequestException)
            {
            }
        }

        bot.Kill(entireProcessTree: true);
        throw new TimeoutException($"{url} was not served within 60 s");
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}

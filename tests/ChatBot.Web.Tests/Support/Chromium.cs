using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ChatBot.Web.Tests.Support;

/// <summary>
/// Headless Chromium driven over the DevTools protocol: one fresh profile per instance, one page with a phone-sized
/// viewport. Only what the tests need: navigate, evaluate, screenshot.
/// </summary>
public sealed partial class Chromium : IAsyncDisposable
{
    public const int Width = 390;
    public const int Height = 844;

    private readonly Process _process;
    private readonly string _profile;
    private readonly DevToolsConnection _devTools;
    private readonly string _session;

    private Chromium(Process process, string profile, DevToolsConnection devTools, string session)
    {
        _process = process;
        _profile = profile;
        _devTools = devTools;
        _session = session;
    }

    /// <summary>CHROMIUM_PATH, else the Debian package's /usr/bin/chromium; null when neither exists.</summary>
    public static string? ExecutablePath =>
        new[] { Environment.GetEnvironmentVariable("CHROMIUM_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    public static async Task<Chromium> LaunchAsync(CancellationToken cancellationToken)
    {
        var path = ExecutablePath ?? throw new InvalidOperationException("Chromium is not installed: apt-get install -y chromium (or set CHROMIUM_PATH).");
        var profile = Directory.CreateTempSubdirectory("chatbot-chromium-").FullName;
        var start = new ProcessStartInfo(path) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars", "--mute-audio",
            "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", $"--user-data-dir={profile}", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
        _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None);
        var endpoint = await ReadDevToolsEndpointAsync(process, cancellationToken).WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        var devTools = await DevToolsConnection.ConnectAsync(endpoint, cancellationToken);
        var target = await devTools.SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, null, cancellationToken);
        var attached = await devTools.SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = target["targetId"]!.GetValue<string>(), ["flatten"] = true }, null, cancellationToken);
        var session = attached["sessionId"]!.GetValue<string>();
        var browser = new Chromium(process, profile, devTools, session);
        await browser.SendAsync("Page.enable", new JsonObject(), cancellationToken);
        await browser.SendAsync("Emulation.setDeviceMetricsOverride",
            new JsonObject { ["width"] = Width, ["height"] = Height, ["deviceScaleFactor"] = 2, ["mobile"] = true }, cancellationToken);
        return browser;
    }

    /// <summary>Opens the URL and waits for the load event (a #fragment is scrolled to by then).</summary>
    public async Task NavigateAsync(Uri url, CancellationToken cancellationToken)
    {
        var loaded = _devTools.WaitForEventAsync("Page.loadEventFired", _session, cancellationToken);
        var result = await SendAsync("Page.navigate", new JsonObject { ["url"] = url.ToString() }, cancellationToken);
        if (result["errorText"] is { } error)
        {
            throw new InvalidOperationException($"Chromium could not open {url}: {error}");
        }

        await loaded.WaitAsync(TimeSpan.FromSeconds(20), cancellationToken);
    }

    /// <summary>Evaluates a JavaScript expression in the page and returns its value as JSON.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression, CancellationToken cancellationToken)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true }, cancellationToken);
        if (result["exceptionDetails"] is { } exception)
        {
            throw new InvalidOperationException("Script failed in the page: " + exception.ToJsonString());
        }

        return result["result"]?["value"];
    }

    /// <summary>A PNG of the viewport as the user sees it.</summary>
    public async Task<byte[]> ScreenshotAsync(CancellationToken cancellationToken)
    {
        var result = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" }, cancellationToken);
        return Convert.FromBase64String(result["data"]!.GetValue<string>());
    }

    private Task<JsonNode> SendAsync(string method, JsonObject parameters, CancellationToken cancellationToken) =>
        _devTools.SendAsync(method, parameters, _session, cancellationToken);

    private static async Task<Uri> ReadDevToolsEndpointAsync(Process process, CancellationToken cancellationToken)
    {
        var seen = new List<string>();
        while (await process.StandardError.ReadLineAsync(cancellationToken) is { } line)
        {
            if (DevToolsLine().Match(line) is { Success: true } match)
            {
                // Keep draining stderr so Chromium never blocks on a full pipe.
                _ = process.StandardError.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None);
                return new Uri(match.Groups[1].Value);
            }

            seen.Add(line);
        }

        throw new InvalidOperationException("Chromium exited before opening DevTools: " + string.Join(Environment.NewLine, seen.TakeLast(20)));
    }

    [GeneratedRegex(@"DevTools listening on (ws://\S+)")]
    private static partial Regex DevToolsLine();

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _devTools.SendAsync("Browser.close", new JsonObject(), null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception ex) when (ex is TimeoutException or InvalidOperationException or System.Net.WebSockets.WebSocketException or OperationCanceledException)
        {
        }

        await _devTools.DisposeAsync();
        if (!_process.WaitForExit(5_000))
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

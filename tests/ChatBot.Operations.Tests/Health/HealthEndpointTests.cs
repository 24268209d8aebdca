using System.Net;
using System.Text.Json;
using ChatBot.Answers;
using ChatBot.Answers.Model;
using ChatBot.Answers.Operations;
using ChatBot.Operations.Health;
using ChatBot.Operations.Hosting;
using ChatBot.Operations.Tests.Fakes;
using ChatBot.Operations.Tests.Hosting;
using ChatBot.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Operations.Tests.Health;

/// <summary>The endpoint over real HTTP on 127.0.0.1 with an OS-chosen port.</summary>
public sealed class HealthEndpointTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private static CancellationToken Ct => TestTimeout.Token;

    public void Dispose()
    {
        _http.Dispose();
        _folder.Dispose();
    }

    private IHost BuildHost(bool enabled = true, string urls = "http://127.0.0.1:0", IAskerRateLimiter? limiter = null)
    {
        var builder = TestHost.Builder(new Dictionary<string, string?>
        {
            ["Audit:DataFolder"] = _folder.Path,
            ["Health:Enabled"] = enabled ? "true" : "false",
            ["Web:ManagementUrls"] = urls,
            ["Metrics:Exporter"] = "Prometheus",
        });
        builder.Services.AddSingleton<IAnswerService, FakeAnswerService>();
        if (limiter is not null)
        {
            builder.Services.AddSingleton(limiter);
        }

        builder.AddOperations();
        builder.AddHealthEndpoint();
        return builder.Build();
    }

    private static Uri Base(IHost host) => Assert.Single(host.Services.GetRequiredService<WebServer>().Addresses);

    [Fact]
    public async Task Liveness_answers_200_once_started()
    {
        using var host = BuildHost();
        await host.StartAsync(Ct);

        using var response = await _http.GetAsync(new Uri(Base(host), "/healthz"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(IPAddress.Loopback.ToString(), Base(host).Host);
        await host.StopAsync(Ct);
    }

    [Fact]
    public async Task Readiness_is_503_until_the_corpus_and_every_platform_are_ready_then_200()
    {
        using var host = BuildHost();
        var registry = host.Services.GetRequiredService<ReadinessRegistry>();
        var corpus = registry.Register("corpus");
        var telegram = registry.Register("telegram");
        await host.StartAsync(Ct);
        var url = new Uri(Base(host), "/readyz");

        corpus.MarkReady("42 documents");
        using var partly = await _http.GetAsync(url, Ct);
        var partlyBody = await partly.Content.ReadAsStringAsync(Ct);
        telegram.MarkReady();
        using var ready = await _http.GetAsync(url, Ct);
        telegram.MarkNotReady("reconnecting");
        using var lost = await _http.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, partly.StatusCode);
        using var json = JsonDocument.Parse(partlyBody);
        var checks = json.RootElement.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("ready").GetBoolean());
        Assert.Equal(new Dictionary<string, bool> { ["corpus"] = true, ["telegram"] = false }, checks);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, lost.StatusCode);
        await host.StopAsync(Ct);
    }

    [Fact]
    public async Task Metrics_endpoint_exposes_chatbot_counters_after_an_answer()
    {
        using var host = BuildHost();
        await host.StartAsync(Ct);
        await host.Services.GetRequiredService<IAnswerService>().AnswerAsync(new AnswerRequest("vraag", new Conversation("metrics-test", "c", "u")), Ct);

        var text = await _http.GetStringAsync(new Uri(Base(host), "/metrics"), Ct);

        Assert.Matches("chatbot_answers_total\\{[^}]*platform=\"metrics-test\"[^}]*\\} 1", text);
        Assert.Contains("chatbot_answer_duration_seconds_bucket", text, StringComparison.Ordinal);
        Assert.Contains("chatbot_audit_queue_depth", text, StringComparison.Ordinal);
        await host.StopAsync(Ct);
    }

    [Fact]
    public async Task Rate_limit_refusals_are_counted_per_platform()
    {
        using var host = BuildHost(limiter: new RefusingRateLimiter());
        await host.StartAsync(Ct);
        var limiter = host.Services.GetRequiredService<IAskerRateLimiter>();
        await limiter.TryAcquireAsync(new Conversation("ratelimit-test", "c", "u"), Ct);
        await limiter.TryAcquireAsync(new Conversation("ratelimit-test", "c", "u"), Ct);

        var text = await _http.GetStringAsync(new Uri(Base(host), "/metrics"), Ct);

        Assert.Matches("chatbot_rate_limit_hits_total\\{[^}]*platform=\"ratelimit-test\"[^}]*\\} 2", text);
        await host.StopAsync(Ct);
    }

    [Fact]
    public async Task Nothing_listens_unless_health_is_enabled()
    {
        using var host = BuildHost(enabled: false);

        await host.StartAsync(Ct);

        Assert.Null(host.Services.GetService<WebServer>());
        await host.StopAsync(Ct);
    }

    [Fact]
    public async Task A_listen_url_that_is_not_http_stops_the_start_naming_the_key()
    {
        using var host = BuildHost(urls: "tcp://127.0.0.1:9464");

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains("Web:ManagementUrls", error.Message, StringComparison.Ordinal);
    }

    private sealed class RefusingRateLimiter : IAskerRateLimiter
    {
        public ValueTask<RateLimitDecision> TryAcquireAsync(Conversation conversation, CancellationToken cancellationToken) =>
            ValueTask.FromResult(new RateLimitDecision(false, TimeSpan.FromSeconds(5)));
    }
}

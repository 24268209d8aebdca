using System.Text.Json;
using ChatBot.Operations.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace ChatBot.Operations.Health;

/// <summary>
/// A small Kestrel app of its own (the bot host is not a web host): /healthz (process alive), /readyz (every
/// readiness signal ready) and, with the Prometheus exporter, /metrics.
/// </summary>
public sealed class HealthEndpointService(
    IOptions<HealthOptions> health,
    IOptions<MetricsOptions> metrics,
    ReadinessRegistry readiness,
    ILoggerFactory loggerFactory) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>The addresses actually bound (port 0 resolved); empty when the endpoint is off.</summary>
    public IReadOnlyList<Uri> Addresses { get; private set; } = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!health.Value.Enabled)
        {
            return;
        }

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.UseUrls(health.Value.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        builder.Services.AddRoutingCore();
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        var prometheus = metrics.Value.Exporter == MetricsExporter.Prometheus;
        if (prometheus)
        {
            builder.Services.AddOpenTelemetry().WithMetrics(m => m.AddMeter(ChatBotMetrics.MeterName).AddPrometheusExporter());
        }

        var app = builder.Build();
        app.MapGet("/healthz", () => Results.Text("alive\n"));
        app.MapGet("/readyz", ReadyAsync);
        if (prometheus)
        {
            app.MapPrometheusScrapingEndpoint("/metrics");
        }

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        _app = app;
        Addresses = [.. app.Urls.Select(u => new Uri(u))];
        HealthLog.Listening(loggerFactory.CreateLogger<HealthEndpointService>(), string.Join(", ", app.Urls));
    }

    private async Task ReadyAsync(HttpContext context)
    {
        var ready = readiness.IsReady;
        context.Response.StatusCode = ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
        var body = new ReadinessReport(ready, [.. readiness.Signals.Select(s => new ReadinessReportEntry(s.Name, s.State.Ready, s.State.Detail))]);
        await context.Response.WriteAsJsonAsync(body, HealthJsonContext.Default.ReadinessReport, cancellationToken: context.RequestAborted).ConfigureAwait(false);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is { } app)
        {
            await app.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is { } app)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            _app = null;
        }
    }
}

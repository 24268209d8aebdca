using System.Text.Json;
using ChatBot.Operations.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;

namespace ChatBot.Operations.Health;

/// <summary>
/// Management routes on the web app: /healthz (process alive), /readyz (every readiness signal ready) and, with the
/// Prometheus exporter, /metrics.
/// </summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder routes, ReadinessRegistry readiness, bool prometheus)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.MapGet("/healthz", () => Results.Text("alive\n"));
        routes.MapGet("/readyz", context => ReadyAsync(context, readiness));
        if (prometheus)
        {
            routes.MapPrometheusScrapingEndpoint("/metrics");
        }

        return routes;
    }

    /// <summary>The exporter lives in the web app's own services: it listens to the ChatBot meter wherever it is created.</summary>
    public static void AddPrometheusExporter(IServiceCollection services) =>
        services.AddOpenTelemetry().WithMetrics(m => m.AddMeter(ChatBotMetrics.MeterName).AddPrometheusExporter());

    private static async Task ReadyAsync(HttpContext context, ReadinessRegistry readiness)
    {
        var ready = readiness.IsReady;
        context.Response.StatusCode = ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
        var body = new ReadinessReport(ready, [.. readiness.Signals.Select(s => new ReadinessReportEntry(s.Name, s.State.Ready, s.State.Detail))]);
        await context.Response.WriteAsJsonAsync(body, HealthJsonContext.Default.ReadinessReport, cancellationToken: context.RequestAborted).ConfigureAwait(false);
    }
}

using ChatBot.Answers;
using ChatBot.Answers.Operations;
using ChatBot.Operations.Audit;
using ChatBot.Operations.Health;
using ChatBot.Operations.Ledger;
using ChatBot.Operations.Metrics;
using ChatBot.Operations.RateLimiting;
using ChatBot.Operations.Storage;
using ChatBot.Operations.Storage.Postgres;
using ChatBot.Operations.Storage.Sqlite;
using ChatBot.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Registry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;

namespace ChatBot.Operations.Hosting;

public static class OperationsHostBuilderExtensions
{
    /// <summary>
    /// Audit trail (wraps the registered <see cref="IAnswerService"/>, replaces <see cref="IPinLog"/>), the update
    /// ledger (replaces <see cref="IUpdateClaims"/>), readiness (replaces <see cref="IReadinessReporter"/>), metrics, and — when a PostgreSQL connection string is configured — the shared store and rate limiter.
    /// Call after AddAnswers.
    /// </summary>
    public static IHostApplicationBuilder AddOperations(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(OperationsMarker)))
        {
            return builder;
        }

        if (!services.Any(d => d.ServiceType == typeof(IAnswerService) && !d.IsKeyedService))
        {
            throw new InvalidOperationException("AddOperations wraps the answer service: call builder.AddAnswers() before builder.AddOperations().");
        }

        services.AddSingleton<OperationsMarker>();
        builder.AddAuditStore();
        services.AddMetrics();
        services.TryAddSingleton<ChatBotMetrics>();
        services.TryAddSingleton<ReadinessRegistry>();
        services.TryAddSingleton(sp => new CorpusVersion(sp.GetService<ISourceCatalog>()));
        services.AddSingleton<AuditQueue>();
        services.AddResiliencePipeline(AuditStoreRetry.PipelineName, (b, _) => AuditStoreRetry.Configure(b, TimeSpan.FromMilliseconds(500)));
        services.AddSingleton(sp => new AuditStoreRetry(sp.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(AuditStoreRetry.PipelineName)));

        if (services.Any(d => d.ServiceType == typeof(PostgresDatabase)))
        {
            services.AddSingleton<PostgresAskerRateLimiter>();
            services.RemoveAll<IAskerRateLimiter>();
            services.AddSingleton<IAskerRateLimiter>(sp => sp.GetRequiredService<PostgresAskerRateLimiter>());
        }
        else if (services.LastOrDefault(d => d.ServiceType == typeof(IAskerRateLimiter))?.ImplementationType?.Assembly == typeof(IAskerRateLimiter).Assembly)
        {
            // AddAnswers' default token bucket can only say "a minute" when it refuses; the same windows as PostgreSQL,
            // in memory, say the real wait. A limiter the application registered itself is kept.
            services.RemoveAll<IAskerRateLimiter>();
            services.AddSingleton<IAskerRateLimiter>(sp => new WindowAskerRateLimiter(
                sp.GetRequiredService<IOptions<RateLimitOptions>>(), sp.GetService<TimeProvider>() ?? TimeProvider.System));
        }

        services.RemoveAll<IPinLog>();
        services.AddSingleton<IPinLog, AuditPinLog>();

        // Claims in the shared ledger (one answer per update across processes); readiness into /readyz.
        services.Replace(ServiceDescriptor.Singleton<IUpdateClaims, LedgerUpdateClaims>());
        services.Replace(ServiceDescriptor.Singleton<IReadinessReporter, RegistryReadinessReporter>());

        services.TryDecorate<IAnswerService>((sp, inner) => ActivatorUtilities.CreateInstance<AuditingAnswerService>(sp, inner));
        services.TryDecorate<IAskerRateLimiter>((sp, inner) => new MeteredAskerRateLimiter(inner, sp.GetRequiredService<ChatBotMetrics>()));

        // Order matters at start and stop: schema first; the writer stops (and flushes) after the services registered later.
        services.AddHostedService<AuditWriterService>();
        services.AddHostedService<AuditRetentionService>();
        return builder;
    }

    /// <summary>
    /// Only the store side: the audit store (SQLite or PostgreSQL), the update ledger and <see cref="AuditExporter"/>,
    /// with the schema migrated at start. For the `audit` CLI verb, which exports without answering; AddOperations
    /// includes it.
    /// </summary>
    public static IHostApplicationBuilder AddAuditStore(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(ISqlDatabase)))
        {
            return builder;
        }

        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var postgres = PostgresConnectionString(builder.Configuration);
        services.AddOptions<OperationsOptions>().BindConfiguration(OperationsOptions.Section)
            .PostConfigure(o => o.PostgresConnectionString ??= postgres)
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        if (postgres is not null)
        {
            services.AddSingleton(sp => new PostgresDatabase(sp.GetRequiredService<IOptions<OperationsOptions>>().Value.PostgresConnectionString!));
            services.AddSingleton<ISqlDatabase>(sp => sp.GetRequiredService<PostgresDatabase>());
        }
        else
        {
            services.AddSingleton<ISqlDatabase, SqliteDatabase>();
        }

        services.AddSingleton<IAuditStore, SqlAuditStore>();
        services.AddSingleton<IUpdateLedger, SqlUpdateLedger>();
        services.AddSingleton<AuditExporter>();
        services.AddSingleton(sp => new AuditStoreProbe(sp.GetRequiredService<ISqlDatabase>()));
        services.AddHostedService<OperationsStartupService>();
        return builder;
    }

    /// <summary>
    /// The health routes on the web app's management address (section "Health", off by default) and the metrics
    /// exporter (section "Metrics": Prometheus at /metrics next to them, or OTLP).
    /// </summary>
    public static IHostApplicationBuilder AddHealthEndpoint(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddMetrics();
        services.TryAddSingleton<ChatBotMetrics>();
        services.TryAddSingleton<ReadinessRegistry>();

        var metrics = builder.Configuration.GetSection(MetricsOptions.Section).Get<MetricsOptions>() ?? new MetricsOptions();
        if (builder.Configuration.GetValue<bool>($"{HealthOptions.Section}:{nameof(HealthOptions.Enabled)}"))
        {
            var prometheus = metrics.Exporter == MetricsExporter.Prometheus;
            services.AddWebRoutes("health", WebScope.Management,
                (routes, sp) => routes.MapHealthApi(sp.GetRequiredService<ReadinessRegistry>(), prometheus),
                prometheus ? HealthApi.AddPrometheusExporter : null);
        }

        if (metrics.Exporter == MetricsExporter.Otlp && Uri.TryCreate(metrics.OtlpEndpoint, UriKind.Absolute, out var endpoint))
        {
            services.AddOpenTelemetry().WithMetrics(m => m
                .AddMeter(ChatBotMetrics.MeterName)
                .AddOtlpExporter((exporter, reader) =>
                {
                    exporter.Endpoint = endpoint;
                    exporter.Protocol = metrics.OtlpProtocol == OtlpTransport.HttpProtobuf ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = metrics.OtlpIntervalSeconds * 1000;
                }));
        }

        return builder;
    }

    /// <summary>Operations:PostgresConnectionString, else the CHATBOT_POSTGRES environment variable; null when neither is set.</summary>
    private static string? PostgresConnectionString(IConfiguration configuration)
    {
        var value = configuration[$"{OperationsOptions.Section}:{nameof(OperationsOptions.PostgresConnectionString)}"];
        if (string.IsNullOrWhiteSpace(value))
        {
            // The host's configuration includes the environment variables (Host.CreateApplicationBuilder does so).
            value = configuration[OperationsOptions.PostgresEnvironmentVariable];
        }

        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    private sealed class OperationsMarker;
}

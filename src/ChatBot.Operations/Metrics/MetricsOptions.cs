using System.ComponentModel.DataAnnotations;

namespace ChatBot.Operations.Metrics;

/// <summary>Section "Metrics": which exporter carries Meter "ChatBot".</summary>
public sealed class MetricsOptions : IValidatableObject
{
    public const string Section = "Metrics";

    /// <summary>Prometheus: scraped at /metrics next to the health routes (needs Health:Enabled). Otlp: pushed to OtlpEndpoint.</summary>
    public MetricsExporter Exporter { get; set; } = MetricsExporter.Prometheus;

    /// <summary>OTLP receiver, e.g. http://127.0.0.1:4317 (gRPC) or http://127.0.0.1:4318/v1/metrics with OtlpProtocol HttpProtobuf.</summary>
    public string? OtlpEndpoint { get; set; }

    public OtlpTransport OtlpProtocol { get; set; } = OtlpTransport.Grpc;

    [Range(1, 3600)] public int OtlpIntervalSeconds { get; set; } = 15;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Exporter == MetricsExporter.Otlp && !Uri.TryCreate(OtlpEndpoint, UriKind.Absolute, out _))
        {
            yield return new ValidationResult("Metrics:OtlpEndpoint must be an absolute URL when Metrics:Exporter is Otlp", [nameof(OtlpEndpoint)]);
        }
    }
}

public enum MetricsExporter
{
    None,
    Prometheus,
    Otlp,
}

public enum OtlpTransport
{
    Grpc,
    HttpProtobuf,
}

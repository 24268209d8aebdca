using System.Text.Json.Serialization;

namespace ChatBot.Operations.Health;

/// <summary>The /readyz body: overall state and each signal's.</summary>
internal sealed record ReadinessReport(
    [property: JsonPropertyName("ready")] bool Ready,
    [property: JsonPropertyName("checks")] IReadOnlyList<ReadinessReportEntry> Checks);

internal sealed record ReadinessReportEntry(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("ready")] bool Ready,
    [property: JsonPropertyName("detail")] string Detail);

[JsonSerializable(typeof(ReadinessReport))]
internal sealed partial class HealthJsonContext : JsonSerializerContext;

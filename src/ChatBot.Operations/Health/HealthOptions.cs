using System.ComponentModel.DataAnnotations;

namespace ChatBot.Operations.Health;

/// <summary>Section "Health": the Kestrel endpoint with /healthz, /readyz and (Prometheus) /metrics. Off by default.</summary>
public sealed class HealthOptions : IValidatableObject
{
    public const string Section = "Health";

    public bool Enabled { get; set; }

    /// <summary>Semicolon-separated listen URLs; loopback by default so nothing is exposed by accident.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:9464";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        var urls = Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (urls.Length == 0)
        {
            yield return new ValidationResult("Health:Urls must name at least one URL when Health:Enabled is true", [nameof(Urls)]);
        }

        foreach (var url in urls)
        {
            // Kestrel accepts wildcard hosts ("http://*:9464", "http://+:9464") that Uri does not parse.
            var probe = url.Replace("://*", "://wildcard", StringComparison.Ordinal).Replace("://+", "://wildcard", StringComparison.Ordinal);
            if (!Uri.TryCreate(probe, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                yield return new ValidationResult($"Health:Urls entry '{url}' is not an http(s) URL such as http://127.0.0.1:9464", [nameof(Urls)]);
            }
        }
    }
}

namespace ChatBot.Operations.Health;

/// <summary>
/// Section "Health": /healthz, /readyz and (Prometheus) /metrics as management routes of the web app, listening on
/// Web:ManagementUrls (else Web:Urls, else http://127.0.0.1:9464). Off by default.
/// </summary>
public sealed class HealthOptions
{
    public const string Section = "Health";

    public bool Enabled { get; set; }
}

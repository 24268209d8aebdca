namespace ChatBot.Web.Hosting;

/// <summary>
/// Section "Web": the one web app of the process. Nothing listens unless a feature maps routes (Telegram webhook,
/// Discord interactions, source pages, health).
/// </summary>
public sealed class WebOptions
{
    public const string Section = "Web";

    /// <summary>Used for management routes when neither Web:ManagementUrls nor Web:Urls is set.</summary>
    public const string DefaultManagementUrls = "http://127.0.0.1:9464";

    /// <summary>Semicolon-separated listen URLs for the public routes (webhook, interactions, /sources).</summary>
    public string? Urls { get; set; }

    /// <summary>Listen URLs for /healthz, /readyz, /metrics; the same as <see cref="Urls"/> when unset.</summary>
    public string? ManagementUrls { get; set; }

    /// <summary>The address users reach (behind a proxy, the proxy's); citations link to source pages under it.</summary>
    public string? PublicBaseUrl { get; set; }

    public IReadOnlyList<string> PublicUrlList => Split(Urls);

    /// <summary>Management listen URLs in effect: ManagementUrls, else Urls, else the loopback default.</summary>
    public IReadOnlyList<string> ManagementUrlList =>
        Split(ManagementUrls) is { Count: > 0 } own ? own : PublicUrlList is { Count: > 0 } shared ? shared : Split(DefaultManagementUrls);

    /// <summary>True when management routes listen elsewhere than public ones (then each is served only on its own ports).</summary>
    public bool SeparateManagement => Split(ManagementUrls).Count > 0 && !Split(ManagementUrls).SequenceEqual(PublicUrlList, StringComparer.OrdinalIgnoreCase);

    internal static IReadOnlyList<string> Split(string? urls) =>
        string.IsNullOrWhiteSpace(urls) ? [] : urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

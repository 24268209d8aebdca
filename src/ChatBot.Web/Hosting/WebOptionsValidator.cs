using Microsoft.Extensions.Options;

namespace ChatBot.Web.Hosting;

/// <summary>Checks Web:* against the features that want routes: a public route needs Web:Urls, separate ports must be known.</summary>
internal sealed class WebOptionsValidator(IEnumerable<WebRoutes> routes) : IValidateOptions<WebOptions>
{
    public ValidateOptionsResult Validate(string? name, WebOptions options)
    {
        var failures = new List<string>();
        if (options.PublicBaseUrl is { Length: > 0 } baseUrl && !IsHttpUrl(baseUrl))
        {
            failures.Add($"Web:PublicBaseUrl '{baseUrl}' is not an absolute http(s) URL such as https://bot.example.org");
        }

        CheckUrls("Web:Urls", WebOptions.Split(options.Urls), failures);
        CheckUrls("Web:ManagementUrls", WebOptions.Split(options.ManagementUrls), failures);

        var publicFeatures = routes.Where(r => r.Scope == WebScope.Public).Select(r => r.Feature).Distinct().ToList();
        if (publicFeatures.Count > 0 && options.PublicUrlList.Count == 0)
        {
            failures.Add($"Web:Urls must name the listen address (e.g. http://127.0.0.1:8080): {string.Join(", ", publicFeatures)} serve public routes");
        }

        if (publicFeatures.Count > 0 && options.SeparateManagement && routes.Any(r => r.Scope == WebScope.Management))
        {
            var publicPorts = options.PublicUrlList.Select(Port).ToList();
            var managementPorts = options.ManagementUrlList.Select(Port).ToList();
            if (publicPorts.Concat(managementPorts).Any(p => p is null or 0) || publicPorts.Intersect(managementPorts).Any())
            {
                failures.Add("Web:ManagementUrls differs from Web:Urls, so both need explicit ports and no port in common (routes are kept apart by port)");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckUrls(string key, IReadOnlyList<string> urls, List<string> failures)
    {
        foreach (var url in urls.Where(u => !IsHttpUrl(u)))
        {
            failures.Add($"{key} entry '{url}' is not an http(s) URL such as http://127.0.0.1:8080");
        }
    }

    // Kestrel accepts wildcard hosts ("http://*:8080", "http://+:8080") that Uri does not parse.
    private static Uri? Parse(string url) =>
        Uri.TryCreate(url.Replace("://*", "://wildcard", StringComparison.Ordinal).Replace("://+", "://wildcard", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            && uri.Scheme is "http" or "https" ? uri : null;

    private static bool IsHttpUrl(string url) => Parse(url) is not null;

    internal static int? Port(string url) => Parse(url)?.Port;
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Web.Hosting;

/// <summary>
/// The process's one ASP.NET Core app: every registered <see cref="WebRoutes"/> is mapped onto it; public routes listen
/// on Web:Urls, management routes on Web:ManagementUrls. With no routes registered it does not listen at all.
/// </summary>
public sealed class WebServer(
    IOptions<WebOptions> options,
    IEnumerable<WebRoutes> routes,
    IServiceProvider services,
    ILoggerFactory loggerFactory) : IHostedService, IAsyncDisposable
{
    private readonly TaskCompletionSource<IReadOnlyList<Uri>> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebApplication? _app;
    private HashSet<int> _managementPorts = [];
    private bool _separate;

    /// <summary>Completes with the bound addresses (port 0 resolved) once listening; with none when nothing needs the web.</summary>
    public Task<IReadOnlyList<Uri>> Listening => _listening.Task;

    /// <summary>The bound addresses; empty before the start and when nothing needs the web.</summary>
    public IReadOnlyList<Uri> Addresses { get; private set; } = [];

    /// <summary>The bound address serving the given routes (the first one when several).</summary>
    public Uri AddressFor(WebScope scope) =>
        Addresses.First(a => !_separate || _managementPorts.Contains(a.Port) == (scope == WebScope.Management));

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var features = routes.ToList();
        if (features.Count == 0)
        {
            _listening.TrySetResult([]);
            return;
        }

        var o = options.Value;
        var hasPublic = features.Any(f => f.Scope == WebScope.Public);
        var hasManagement = features.Any(f => f.Scope == WebScope.Management);
        _separate = hasPublic && hasManagement && o.SeparateManagement;
        _managementPorts = [.. o.ManagementUrlList.Select(u => WebOptionsValidator.Port(u) ?? 0)];
        var urls = (hasPublic ? o.PublicUrlList : []).Concat(hasManagement ? o.ManagementUrlList : []).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.UseUrls(urls);
        builder.Services.AddRoutingCore();
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        foreach (var feature in features)
        {
            feature.ConfigureServices?.Invoke(builder.Services);
        }

        var app = builder.Build();
        app.UseRouting();
        if (_separate)
        {
            app.Use(KeepScopesApart);
        }

        foreach (var feature in features)
        {
            var group = app.MapGroup("").WithMetadata(new WebScopeMetadata(feature.Scope));
            feature.Map(group, services);
        }

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        _app = app;
        Addresses = [.. app.Urls.Select(u => new Uri(u))];
        WebLog.Listening(loggerFactory.CreateLogger<WebServer>(), string.Join(", ", app.Urls), string.Join(", ", features.Select(f => f.Feature).Distinct()));
        _listening.TrySetResult(Addresses);
    }

    // Management routes answer only on management ports and public routes only on public ones: metrics need not be public.
    private Task KeepScopesApart(HttpContext context, RequestDelegate next)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<WebScopeMetadata>() is { Scope: var scope }
            && _managementPorts.Contains(context.Connection.LocalPort) != (scope == WebScope.Management))
        {
            WebLog.WrongPort(loggerFactory.CreateLogger<WebServer>(), context.Request.Path, context.Connection.LocalPort);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _listening.TrySetCanceled(CancellationToken.None);
        if (_app is { } app)
        {
            await app.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is { } app)
        {
            _app = null;
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }
}

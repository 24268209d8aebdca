using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatBot.Web.Hosting;

public static class WebHostingExtensions
{
    /// <summary>
    /// Adds a feature's routes to the process's one web app (started once, before the feature's own hosted services when
    /// called first). The routes are mapped with the host's services, so handlers use the feature's singletons.
    /// </summary>
    public static IServiceCollection AddWebRoutes(this IServiceCollection services, string feature, WebScope scope,
        Action<IEndpointRouteBuilder, IServiceProvider> map, Action<IServiceCollection>? configureServices = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddWebOptions();
        if (!services.Any(d => d.ServiceType == typeof(WebServer)))
        {
            services.AddSingleton<WebServer>();
            services.AddHostedService(sp => sp.GetRequiredService<WebServer>());
        }

        services.AddSingleton(new WebRoutes(feature, scope, map, configureServices));
        return services;
    }

    /// <summary>Section "Web", validated at start (also where no route is served, for Web:PublicBaseUrl).</summary>
    public static IServiceCollection AddWebOptions(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(IValidateOptions<WebOptions>)))
        {
            return services;
        }

        services.AddOptions<WebOptions>().BindConfiguration(WebOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebOptions>, WebOptionsValidator>());
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Operations.Hosting;

/// <summary>Wraps the last registration of a service in a decorator, keeping its lifetime.</summary>
internal static class ServiceDecoration
{
    public static bool TryDecorate<TService>(this IServiceCollection services, Func<IServiceProvider, TService, TService> decorate)
        where TService : class
    {
        var index = -1;
        for (var i = services.Count - 1; i >= 0; i--)
        {
            if (services[i].ServiceType == typeof(TService) && !services[i].IsKeyedService)
            {
                index = i;
                break;
            }
        }

        if (index < 0)
        {
            return false;
        }

        var inner = services[index];
        Func<IServiceProvider, TService> create = inner switch
        {
            { ImplementationInstance: TService instance } => _ => instance,
            { ImplementationFactory: { } factory } => sp => (TService)factory(sp),
            { ImplementationType: { } type } => RegisterSelf<TService>(services, type, inner.Lifetime),
            _ => throw new InvalidOperationException($"Cannot decorate the registration of {typeof(TService).Name}."),
        };
        services[index] = ServiceDescriptor.Describe(typeof(TService), sp => decorate(sp, create(sp)), inner.Lifetime);
        return true;
    }

    // Resolving the implementation as itself keeps the container responsible for creating and disposing it.
    private static Func<IServiceProvider, TService> RegisterSelf<TService>(IServiceCollection services, Type type, ServiceLifetime lifetime)
        where TService : class
    {
        services.Add(ServiceDescriptor.Describe(type, type, lifetime));
        return sp => (TService)sp.GetRequiredService(type);
    }
}

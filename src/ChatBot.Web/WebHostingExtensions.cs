using ChatBot.Answers;
using ChatBot.Answers.Corpus;
using ChatBot.Web.Hosting;
using ChatBot.Web.Links;
using ChatBot.Web.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Web;

public static class SourcesHostingExtensions
{
    /// <summary>/sources and /sources/{file} on the public address, when Web:Urls is set (otherwise nothing listens for them).</summary>
    public static IHostApplicationBuilder AddSourcePages(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddWebOptions();
        if (WebOptions.Split(builder.Configuration[$"{WebOptions.Section}:{nameof(WebOptions.Urls)}"]).Count == 0)
        {
            return builder;
        }

        builder.Services.AddWebRoutes("source pages", WebScope.Public, (routes, services) => routes.MapSourcePages(
            services.GetRequiredService<ICorpusProvider>(),
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SourcePagesApi).FullName!)));
        return builder;
    }

    /// <summary>A <c>link</c> for every citation (see <see cref="CitationLinkBuilder"/>). Call after the answer service is registered.</summary>
    public static IHostApplicationBuilder AddCitationLinks(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddWebOptions();
        services.AddSingleton<CitationLinkBuilder>();
        var index = services.Count - 1;
        while (index >= 0 && (services[index].ServiceType != typeof(IAnswerService) || services[index].IsKeyedService)) index--;
        if (index < 0)
        {
            throw new InvalidOperationException("AddCitationLinks decorates the answer service: call builder.AddAnswers() first.");
        }

        var inner = services[index];
        if (inner.ImplementationType is { } type)
        {
            // Resolved as itself, so the container still creates and disposes it.
            services.Add(ServiceDescriptor.Describe(type, type, inner.Lifetime));
        }

        services[index] = ServiceDescriptor.Describe(typeof(IAnswerService),
            sp => new LinkingAnswerService(Create(sp, inner), sp.GetRequiredService<CitationLinkBuilder>()), inner.Lifetime);
        return builder;
    }

    private static IAnswerService Create(IServiceProvider services, ServiceDescriptor descriptor) => descriptor switch
    {
        { ImplementationInstance: IAnswerService instance } => instance,
        { ImplementationFactory: { } factory } => (IAnswerService)factory(services),
        { ImplementationType: { } type } => (IAnswerService)services.GetRequiredService(type),
        _ => throw new InvalidOperationException("Cannot decorate the registration of IAnswerService."),
    };
}

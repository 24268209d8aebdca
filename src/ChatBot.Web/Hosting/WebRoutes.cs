using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Web.Hosting;

/// <summary>
/// One feature's share of the web app: its routes (mapped with the feature's own MapX extension method, given the host's
/// services) and, rarely, services the web app itself needs (the Prometheus exporter).
/// </summary>
public sealed record WebRoutes(
    string Feature,
    WebScope Scope,
    Action<IEndpointRouteBuilder, IServiceProvider> Map,
    Action<IServiceCollection>? ConfigureServices = null);

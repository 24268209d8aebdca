using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace ChatBot.Discord.Interactions;

/// <summary>POST {Discord:InteractionsPath} on the web app's public address.</summary>
internal static class DiscordInteractionsApi
{
    public static IEndpointRouteBuilder MapDiscordInteractions(this IEndpointRouteBuilder routes, string path, DiscordInteractionsEndpoint endpoint)
    {
        routes.MapPost(path, endpoint.HandleAsync);
        return routes;
    }
}

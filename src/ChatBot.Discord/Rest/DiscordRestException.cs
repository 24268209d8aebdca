using System.Net;

namespace ChatBot.Discord.Rest;

/// <summary>
/// A REST call failed. The message names the route template (never the concrete path: interaction tokens live in
/// paths) and Discord's error code and message.
/// </summary>
public sealed class DiscordRestException : Exception
{
    public DiscordRestException(HttpStatusCode status, string route, int? discordCode, string? discordMessage)
        : base($"Discord REST {route} failed with {(int)status} {status}" +
               (discordCode is null ? "" : $" (code {discordCode}: {discordMessage})"))
    {
        Status = status;
        Route = route;
        DiscordCode = discordCode;
    }

    public DiscordRestException() { Route = ""; }
    public DiscordRestException(string message) : base(message) { Route = ""; }
    public DiscordRestException(string message, Exception innerException) : base(message, innerException) { Route = ""; }

    public HttpStatusCode Status { get; }
    public string Route { get; }
    public int? DiscordCode { get; }

    public bool IsUnauthorized => Status == HttpStatusCode.Unauthorized;
}

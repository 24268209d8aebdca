using System.Net;

namespace ChatBot.Discord.Rest;

/// <summary>
/// A REST call failed. The message names the route template (never the concrete path: interaction tokens live in
/// paths) and Discord's error code and message.
/// </summary>
public sealed class DiscordRestException : Exception
{
    public DiscordRestException(HttpStatusCode status, string route, int? discordCode, string? discordMessage, IReadOnlyList<string>? fieldErrors = null)
        : base($"Discord REST {route} failed with {(int)status} {status}" +
               (discordCode is null ? "" : $" (code {discordCode}: {discordMessage})") +
               (fieldErrors is { Count: > 0 } ? "; errors: " + string.Join("; ", fieldErrors) : ""))
    {
        Status = status;
        Route = route;
        DiscordCode = discordCode;
        FieldErrors = fieldErrors ?? [];
    }

    public DiscordRestException() { Route = ""; }
    public DiscordRestException(string message) : base(message) { Route = ""; }
    public DiscordRestException(string message, Exception innerException) : base(message, innerException) { Route = ""; }

    public HttpStatusCode Status { get; }
    public string Route { get; }
    public int? DiscordCode { get; }

    /// <summary>Field paths from Discord's <c>errors</c> object, e.g. "options.0.name_localizations: additionalProperty".</summary>
    public IReadOnlyList<string> FieldErrors { get; } = [];

    public bool IsUnauthorized => Status == HttpStatusCode.Unauthorized;
}

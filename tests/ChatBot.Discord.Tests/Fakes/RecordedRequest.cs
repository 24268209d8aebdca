using System.Text.Json;

namespace ChatBot.Discord.Tests.Fakes;

/// <summary>A REST request as the fake Discord saw it, with what the OpenAPI checker found wrong.</summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string? Authorization,
    string? UserAgent,
    JsonElement? Body,
    IReadOnlyList<string> Problems,
    DateTimeOffset At);

/// <summary>A payload the client sent over the gateway, with the connection it came on.</summary>
public sealed record GatewayFrame(int Connection, int Op, JsonElement D);

/// <summary>One websocket connection the client opened: path (/gateway or /resume), query and User-Agent.</summary>
public sealed record GatewayConnectionInfo(int Number, string Path, string Query, string UserAgent);

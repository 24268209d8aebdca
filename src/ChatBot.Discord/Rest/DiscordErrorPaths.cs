using System.Text.Json;

namespace ChatBot.Discord.Rest;

/// <summary>
/// Discord's <c>errors</c> object of a rejected request (reference.mdx#error-messages) flattened to field paths, e.g.
/// <c>options.0.name_localizations: additionalProperty</c>, so an operator sees what to fix. Codes and messages are
/// Discord's own wording about fields, never user text.
/// </summary>
internal static class DiscordErrorPaths
{
    private const int MaxPaths = 10;

    public static IReadOnlyList<string> From(JsonElement body)
    {
        var paths = new List<string>();
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("errors", out var errors))
        {
            Walk(errors, "", paths);
        }

        return paths;
    }

    private static void Walk(JsonElement node, string path, List<string> paths)
    {
        if (paths.Count >= MaxPaths || node.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in node.EnumerateObject())
        {
            if (property.Name == "_errors" && property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var error in property.Value.EnumerateArray())
                {
                    if (paths.Count < MaxPaths) paths.Add($"{(path.Length == 0 ? "(body)" : path)}: {Describe(error)}");
                }
            }
            else
            {
                Walk(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", paths);
            }
        }
    }

    private static string Describe(JsonElement error)
    {
        var code = Text(error, "code");
        var message = Text(error, "message");
        return (code, message) switch
        {
            ({ } c, { } m) when !string.Equals(c, m, StringComparison.Ordinal) => $"{c} ({m})",
            ({ } c, _) => c,
            (_, { } m) => m,
            _ => error.GetRawText(),
        };
    }

    private static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

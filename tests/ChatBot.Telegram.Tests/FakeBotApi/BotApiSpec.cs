using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatBot.Telegram.Tests.FakeBotApi;

/// <summary>
/// The Bot API method and type list (Specs/telegram-bot-api.json). The fake server rejects any method, field or
/// nested object field that is not in it, so the adapter cannot depend on something real Telegram does not know.
/// </summary>
internal sealed class BotApiSpec
{
    private static readonly HashSet<string> Primitives = ["Integer", "String", "Boolean", "Float", "True", "False", "InputFile"];
    private readonly Dictionary<string, Dictionary<string, Field>> _methods = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Dictionary<string, Field>> _types = [];
    private readonly Dictionary<string, List<string>> _subtypes = [];

    private sealed record Field(string Name, IReadOnlyList<string> Types, bool Required);

    public static BotApiSpec Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", "telegram-bot-api.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var spec = new BotApiSpec();
        foreach (var method in document.RootElement.GetProperty("methods").EnumerateObject())
        {
            spec._methods[method.Name] = Fields(method.Value);
        }

        foreach (var type in document.RootElement.GetProperty("types").EnumerateObject())
        {
            spec._types[type.Name] = Fields(type.Value);
            if (type.Value.TryGetProperty("subtypes", out var subtypes))
            {
                spec._subtypes[type.Name] = [.. subtypes.EnumerateArray().Select(s => s.GetString()!)];
            }
        }

        return spec;
    }

    private static Dictionary<string, Field> Fields(JsonElement element) =>
        element.TryGetProperty("fields", out var fields)
            ? fields.EnumerateArray().Select(f => new Field(
                    f.GetProperty("name").GetString()!,
                    [.. f.GetProperty("types").EnumerateArray().Select(t => t.GetString()!)],
                    f.GetProperty("required").GetBoolean()))
                .ToDictionary(f => f.Name)
            : [];

    public bool HasMethod(string method) => _methods.ContainsKey(method);

    /// <summary>Null when the request is acceptable, otherwise a Telegram-style "Bad Request: …" description.</summary>
    public string? Validate(string method, JsonObject parameters)
    {
        var fields = _methods[method];
        foreach (var (name, value) in parameters)
        {
            if (!fields.TryGetValue(name, out var field))
            {
                return $"Bad Request: field \"{name}\" is not a parameter of {method}";
            }

            if (ValidateValue(value, field.Types, name) is { } error)
            {
                return error;
            }
        }

        var missing = fields.Values.FirstOrDefault(f => f.Required && parameters[f.Name] is null);
        return missing is null ? null : $"Bad Request: parameter \"{missing.Name}\" is required for {method}";
    }

    private string? ValidateValue(JsonNode? value, IReadOnlyList<string> types, string path)
    {
        switch (value)
        {
            case JsonObject obj:
                var candidates = types.Where(t => !Primitives.Contains(t) && !t.StartsWith("Array of ", StringComparison.Ordinal))
                    .SelectMany(Concrete).Distinct().ToList();
                if (candidates.Count == 0)
                {
                    return $"Bad Request: field \"{path}\" must be {string.Join(" or ", types)}, not an object";
                }

                foreach (var (name, inner) in obj)
                {
                    var owners = candidates.Where(c => _types[c].ContainsKey(name)).ToList();
                    if (owners.Count == 0)
                    {
                        return $"Bad Request: field \"{path}.{name}\" is not in {string.Join("/", candidates)}";
                    }

                    if (ValidateValue(inner, [.. owners.SelectMany(o => _types[o][name].Types).Distinct()], $"{path}.{name}") is { } error)
                    {
                        return error;
                    }
                }

                return null;
            case JsonArray array:
                var elementTypes = types.Where(t => t.StartsWith("Array of ", StringComparison.Ordinal)).Select(t => t["Array of ".Length..]).ToList();
                if (elementTypes.Count == 0)
                {
                    return $"Bad Request: field \"{path}\" must be {string.Join(" or ", types)}, not an array";
                }

                for (var i = 0; i < array.Count; i++)
                {
                    if (ValidateValue(array[i], elementTypes, $"{path}[{i}]") is { } error)
                    {
                        return error;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>A type and, for abstract ones (InlineQueryResult, BotCommandScope…), all their concrete subtypes.</summary>
    private IEnumerable<string> Concrete(string type)
    {
        if (_subtypes.TryGetValue(type, out var subtypes))
        {
            return subtypes.SelectMany(Concrete);
        }

        return _types.ContainsKey(type) ? [type] : [];
    }
}

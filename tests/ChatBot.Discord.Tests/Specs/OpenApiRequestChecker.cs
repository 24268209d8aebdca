using System.Text.Json;

namespace ChatBot.Discord.Tests.Specs;

/// <summary>
/// Checks a request against Discord's OpenAPI v10 spec: the path must match a template, the method must exist there,
/// and every JSON body field must exist in the request schema ($ref, allOf, oneOf/anyOf resolved), with its type,
/// const/enum, maxLength and maxItems. Returns the problems; none means the request is one Discord documents.
/// </summary>
public sealed class OpenApiRequestChecker
{
    private const int MaxDepth = 32;
    private readonly JsonElement _root;
    private readonly IReadOnlyList<(string Template, string[] Segments, JsonElement Item)> _paths;

    private OpenApiRequestChecker(JsonDocument document)
    {
        _root = document.RootElement;
        _paths = [.. _root.GetProperty("paths").EnumerateObject()
            .Select(p => (p.Name, p.Name.Trim('/').Split('/'), p.Value))
            // Literal segments win over parameters ("@original" over "{message_id}").
            .OrderByDescending(p => p.Item2.Count(s => !s.StartsWith('{')))];
    }

    public static OpenApiRequestChecker Load(string file) => new(JsonDocument.Parse(File.ReadAllBytes(file)));

    public static OpenApiRequestChecker Discord { get; } = Load(Path.Combine(AppContext.BaseDirectory, "Specs", "discord-openapi.json"));

    public IReadOnlyList<string> Check(string method, string path, JsonElement? body)
    {
        var segments = path.Split('?')[0].Trim('/').Split('/').Select(Uri.UnescapeDataString).ToArray();
        var match = _paths.FirstOrDefault(p => Matches(p.Segments, segments));
        if (match.Template is null)
        {
            return [$"no path template in the spec matches /{string.Join('/', segments)}"];
        }

        if (!match.Item.TryGetProperty(method.ToLowerInvariant(), out var operation))
        {
            return [$"{method.ToUpperInvariant()} is not defined for {match.Template}"];
        }

        if (body is not { ValueKind: not JsonValueKind.Undefined } json)
        {
            return [];
        }

        if (!operation.TryGetProperty("requestBody", out var requestBody)
            || !requestBody.GetProperty("content").TryGetProperty("application/json", out var content))
        {
            return [$"{method.ToUpperInvariant()} {match.Template} takes no JSON body"];
        }

        var problems = new List<string>();
        CheckValue(json, content.GetProperty("schema"), "$", problems, 0);
        return problems;
    }

    private static bool Matches(string[] template, string[] segments) =>
        template.Length == segments.Length
        && template.Zip(segments).All(p => p.First.StartsWith('{') ? p.Second.Length > 0 : string.Equals(p.First, p.Second, StringComparison.Ordinal));

    private void CheckValue(JsonElement value, JsonElement schema, string at, List<string> problems, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        schema = Resolve(schema);
        var alternatives = Alternatives(schema);
        if (alternatives.Count > 0)
        {
            // Valid if one alternative accepts it; otherwise report the closest one.
            List<string>? best = null;
            foreach (var alternative in alternatives)
            {
                var attempt = new List<string>();
                CheckValue(value, alternative, at, attempt, depth + 1);
                if (attempt.Count == 0)
                {
                    best = attempt;
                    break;
                }

                if (best is null || attempt.Count < best.Count)
                {
                    best = attempt;
                }
            }

            if (best!.Count > 0)
            {
                problems.AddRange(best);
                return;
            }
        }

        CheckType(value, schema, at, problems);
        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
        {
            problems.Add($"{at}: {value.GetRawText()} is not {constant.GetRawText()}");
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
        {
            problems.Add($"{at}: {value.GetRawText()} is not one of {allowed.GetRawText()}");
        }

        // An alternative already accepted the value; the wrapper only adds structure if it declares its own.
        var wrapperOnly = alternatives.Count > 0
                          && !schema.TryGetProperty("properties", out _) && !schema.TryGetProperty("items", out _) && !schema.TryGetProperty("allOf", out _);
        if (wrapperOnly)
        {
            return;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                CheckObject(value, schema, at, problems, depth);
                break;
            case JsonValueKind.Array:
                if (schema.TryGetProperty("maxItems", out var maxItems) && value.GetArrayLength() > maxItems.GetInt32())
                {
                    problems.Add($"{at}: {value.GetArrayLength()} items, more than {maxItems.GetInt32()}");
                }

                if (schema.TryGetProperty("items", out var items))
                {
                    var i = 0;
                    foreach (var item in value.EnumerateArray())
                    {
                        CheckValue(item, items, $"{at}[{i++}]", problems, depth + 1);
                    }
                }

                break;
            case JsonValueKind.String:
                if (schema.TryGetProperty("maxLength", out var maxLength) && value.GetString()!.EnumerateRunes().Count() > maxLength.GetInt32())
                {
                    problems.Add($"{at}: string longer than {maxLength.GetInt32()}");
                }

                break;
            default:
                break;
        }
    }

    private void CheckObject(JsonElement value, JsonElement schema, string at, List<string> problems, int depth)
    {
        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        JsonElement? additional = null;
        foreach (var part in AllOf(schema))
        {
            if (part.TryGetProperty("properties", out var props))
            {
                foreach (var p in props.EnumerateObject())
                {
                    properties.TryAdd(p.Name, p.Value);
                }
            }

            if (part.TryGetProperty("additionalProperties", out var ap) && ap.ValueKind != JsonValueKind.False)
            {
                additional = ap;
            }
        }

        foreach (var field in value.EnumerateObject())
        {
            if (properties.TryGetValue(field.Name, out var fieldSchema))
            {
                CheckValue(field.Value, fieldSchema, $"{at}.{field.Name}", problems, depth + 1);
            }
            else if (additional is { ValueKind: JsonValueKind.Object } extra)
            {
                CheckValue(field.Value, extra, $"{at}.{field.Name}", problems, depth + 1);
            }
            else if (additional is not { ValueKind: JsonValueKind.True })
            {
                problems.Add($"{at}.{field.Name}: field not in the request schema");
            }
        }
    }

    private static void CheckType(JsonElement value, JsonElement schema, string at, List<string> problems)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return;
        }

        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()).ToList() : [type.GetString()];
        var actual = value.ValueKind switch
        {
            JsonValueKind.Null => "null",
            JsonValueKind.String => "string",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            JsonValueKind.Object => "object",
            JsonValueKind.Array => "array",
            JsonValueKind.Number => value.TryGetInt64(out _) ? "integer" : "number",
            _ => "undefined",
        };
        if (!types.Contains(actual) && !(actual == "integer" && types.Contains("number")))
        {
            problems.Add($"{at}: {actual} where the schema wants {string.Join(" or ", types)}");
        }
    }

    private IReadOnlyList<JsonElement> Alternatives(JsonElement schema)
    {
        var list = new List<JsonElement>();
        foreach (var key in new[] { "oneOf", "anyOf" })
        {
            if (schema.TryGetProperty(key, out var alts))
            {
                list.AddRange(alts.EnumerateArray().Select(Resolve));
            }
        }

        return list;
    }

    private IEnumerable<JsonElement> AllOf(JsonElement schema)
    {
        yield return schema;
        if (schema.TryGetProperty("allOf", out var parts))
        {
            foreach (var part in parts.EnumerateArray())
            {
                foreach (var inner in AllOf(Resolve(part)))
                {
                    yield return inner;
                }
            }
        }
    }

    private JsonElement Resolve(JsonElement schema)
    {
        for (var i = 0; i < MaxDepth && schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference); i++)
        {
            var node = _root;
            foreach (var part in reference.GetString()!.TrimStart('#', '/').Split('/'))
            {
                node = node.GetProperty(part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
            }

            schema = node;
        }

        return schema;
    }
}

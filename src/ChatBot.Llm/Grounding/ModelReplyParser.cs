using System.Text.Json;
using ChatBot.Answers.Model;

namespace ChatBot.Llm.Grounding;

/// <summary>
/// Reads the model's JSON reply tolerantly (code fences, prose around the object, citations as strings or objects).
/// Returns null when there is no usable JSON object: the caller then falls back to the extractive answer.
/// </summary>
internal static class ModelReplyParser
{
    private const int MaxClaims = 12;
    private const int MaxCitationsPerClaim = 6;

    public static ModelReply? Parse(string? reply)
    {
        var json = ExtractObject(reply);
        if (json is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 16 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var answerable = !root.TryGetProperty("answerable", out var a) || a.ValueKind != JsonValueKind.False;
            var claims = root.TryGetProperty("claims", out var c) && c.ValueKind == JsonValueKind.Array
                ? c.EnumerateArray().Select(ParseClaim).OfType<ModelClaim>().Take(MaxClaims).ToList()
                : [];
            var verdict = root.TryGetProperty("verdict", out var v) && v.ValueKind == JsonValueKind.String ? ParseVerdict(v.GetString()) : null;
            var verdictCitations = root.TryGetProperty("verdict_citations", out var vc) ? ParseCitations(vc) : [];
            return new ModelReply(answerable, claims, verdict, verdictCitations);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The query-rewrite reply: a standalone question and retrieval queries; null when unusable.</summary>
    public static (string? Standalone, IReadOnlyList<string> Queries)? ParseRewrite(string? reply)
    {
        var json = ExtractObject(reply);
        if (json is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 8 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var standalone = root.TryGetProperty("standalone", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            IReadOnlyList<string> queries = root.TryGetProperty("queries", out var q) && q.ValueKind == JsonValueKind.Array
                ? [.. q.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).Where(t => t.Length is > 0 and <= 500).Take(4)]
                : [];
            return (standalone is { Length: > 0 and <= 1000 } ? standalone : null, queries);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ModelClaim? ParseClaim(JsonElement claim)
    {
        if (claim.ValueKind != JsonValueKind.Object
            || !claim.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var citations = claim.TryGetProperty("citations", out var c) ? ParseCitations(c) : [];
        return new ModelClaim(text.GetString()!.Trim(), citations);
    }

    private static IReadOnlyList<ModelCitation> ParseCitations(JsonElement citations)
    {
        if (citations.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var parsed = new List<ModelCitation>();
        foreach (var item in citations.EnumerateArray().Take(MaxCitationsPerClaim))
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                parsed.Add(new ModelCitation(item.GetString()!, null));
            }
            else if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
            {
                var quote = item.TryGetProperty("quote", out var q) && q.ValueKind == JsonValueKind.String ? q.GetString() : null;
                parsed.Add(new ModelCitation(id.GetString()!, string.IsNullOrWhiteSpace(quote) ? null : quote));
            }
        }

        return parsed;
    }

    private static Verdict? ParseVerdict(string? verdict) => verdict?.Trim().ToLowerInvariant() switch
    {
        "supported" => Verdict.Supported,
        "contradicted" => Verdict.Contradicted,
        "not_in_sources" => Verdict.NotInSources,
        _ => null,
    };

    // Models wrap JSON in fences or add a sentence around it; take the outermost object.
    private static string? ExtractObject(string? reply)
    {
        if (string.IsNullOrWhiteSpace(reply))
        {
            return null;
        }

        var first = reply.IndexOf('{', StringComparison.Ordinal);
        var last = reply.LastIndexOf('}');
        return first >= 0 && last > first ? reply[first..(last + 1)] : null;
    }
}

using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Answers.Model;
using ChatBot.Import.Drafting;

namespace ChatBot.Import.Writing;

/// <summary>
/// The manifest as JSON that keeps whatever else it holds (comments, notes, field order), with entries appended in
/// the shape the corpus loader reads: <c>{"documents": [...]}</c>.
/// </summary>
internal static class ManifestFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // titles stay readable (—, ë); the file is not HTML
    };

    public static async Task<JsonObject> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path)) return new JsonObject { ["documents"] = new JsonArray() };
        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        // The corpus loader has read it already, so it is JSON with a documents array.
        return JsonNode.Parse(text)?.AsObject() ?? throw new ImportException($"{path} is empty; it should hold {{\"documents\": [...]}}.");
    }

    public static void Append(JsonObject manifest, DraftedEntry entry)
    {
        var documents = manifest["documents"] as JsonArray ?? throw new ImportException("The manifest has no \"documents\" array.");
        var node = new JsonObject
        {
            ["file"] = entry.File,
            ["publisher"] = entry.Publisher,
            ["party_aliases"] = new JsonArray([.. entry.PartyAliases.Select(a => (JsonNode?)a)]),
            ["title"] = entry.Title,
        };
        if (entry.SpeaksFor.Count > 0) node["speaks_for"] = new JsonArray([.. entry.SpeaksFor.Select(a => (JsonNode?)a)]);
        node["language"] = entry.Language.Code();
        node["date"] = entry.Date;
        node["date_inferred"] = entry.DateInferred;
        node["kind"] = entry.Kind;
        node["url"] = entry.Url;
        node["format"] = entry.Format;
        node["imported_from"] = entry.ImportedFrom;
        documents.Add(node);
    }

    public static byte[] Bytes(JsonObject manifest) =>
        new UTF8Encoding(false).GetBytes(manifest.ToJsonString(Options).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
}

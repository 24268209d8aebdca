using System.Security.Cryptography;
using System.Text;
using ChatBot.Answers;
using ChatBot.Answers.Model;

namespace ChatBot.Operations.Audit;

/// <summary>
/// A short fingerprint of the loaded corpus: SHA-256 over every document's file name and content hash. It changes
/// whenever a document is added, changed or removed, so an old answer can be matched to the corpus it came from.
/// </summary>
public sealed class CorpusVersion(ISourceCatalog? catalog)
{
    public const string Unknown = "unknown";

    // The catalog swaps its list on reload; the cached value is keyed on the list instance it was computed from.
    private (IReadOnlyList<SourceDocumentInfo> Documents, string Version)? _cached;

    public string Current
    {
        get
        {
            if (catalog is null)
            {
                return Unknown;
            }

            var documents = catalog.Documents;
            var cached = _cached;
            if (cached is { } c && ReferenceEquals(c.Documents, documents))
            {
                return c.Version;
            }

            var version = Compute(documents);
            _cached = (documents, version);
            return version;
        }
    }

    public static string Compute(IReadOnlyList<SourceDocumentInfo> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            return "empty";
        }

        var text = new StringBuilder();
        foreach (var d in documents.OrderBy(d => d.File, StringComparer.Ordinal))
        {
            text.Append(d.File).Append('\0').Append(d.ContentHash).Append('\n');
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return Convert.ToHexStringLower(hash)[..16];
    }
}

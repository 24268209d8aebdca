using ChatBot.Answers;
using ChatBot.Answers.Model;

namespace ChatBot.Operations.Audit;

/// <summary>
/// The loaded corpus's id for the audit trail (<see cref="CorpusFingerprint"/>, as on /sources), cached per catalog
/// list, so an old answer can be matched to the corpus it came from.
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

    /// <summary>The corpus id shared with /sources and the reload log (<see cref="CorpusFingerprint"/>).</summary>
    public static string Compute(IReadOnlyList<SourceDocumentInfo> documents) => CorpusFingerprint.Of(documents);
}

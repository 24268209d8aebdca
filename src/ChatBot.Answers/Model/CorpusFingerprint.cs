using System.Security.Cryptography;
using System.Text;

namespace ChatBot.Answers.Model;

/// <summary>
/// The one id of a loaded corpus (16 hex digits of SHA-256 over every document's file name and content hash), the
/// same in the audit trail, on /sources and in the reload log, so an audited answer can be matched with its documents.
/// It changes whenever a document is added, changed or removed.
/// </summary>
public static class CorpusFingerprint
{
    public static string Of(IEnumerable<SourceDocumentInfo> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var text = new StringBuilder();
        var count = 0;
        foreach (var d in documents.OrderBy(d => d.File, StringComparer.Ordinal))
        {
            text.Append(d.File).Append('\0').Append(d.ContentHash).Append('\n');
            count++;
        }

        return count == 0 ? "empty" : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}

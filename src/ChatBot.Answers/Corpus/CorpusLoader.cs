using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ChatBot.Answers.Model;

namespace ChatBot.Answers.Corpus;

/// <summary>
/// Reads the manifest and every document it names, refusing anything that would make a quote wrong: a missing,
/// empty or non-UTF-8 file, a file without a manifest entry, an entry without publisher or title.
/// </summary>
public static class CorpusLoader
{
    private static readonly string[] DocumentExtensions = [".txt", ".md"];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<IReadOnlyList<SourceDocument>> LoadAsync(string folder, string manifestName, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            throw new CorpusLoadException($"Corpus folder '{folder}' does not exist. Set Corpus:Folder to the folder holding the documents and {manifestName}.");
        }

        var manifestPath = Path.Combine(folder, manifestName);
        var entries = await ReadManifestAsync(manifestPath, cancellationToken).ConfigureAwait(false);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var documents = new List<SourceDocument>(entries.Count);
        foreach (var entry in entries)
        {
            var document = await LoadDocumentAsync(folder, manifestPath, entry, cancellationToken).ConfigureAwait(false);
            if (!listed.Add(document.File))
            {
                throw new CorpusLoadException($"{manifestPath}: '{document.File}' is listed twice. Remove one entry.");
            }

            documents.Add(document);
        }

        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (DocumentExtensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase) && !listed.Contains(name)
                && !name.Equals("README.md", StringComparison.OrdinalIgnoreCase))
            {
                throw new CorpusLoadException($"{path} is not in the manifest. Add an entry for \"{name}\" to {manifestPath} (publisher, title, language, date, kind, url) or move the file out of {folder}.");
            }
        }

        if (documents.Count == 0)
        {
            throw new CorpusLoadException($"{manifestPath} lists no documents. Add at least one entry.");
        }

        return documents;
    }

    private static async Task<IReadOnlyList<ManifestEntry>> ReadManifestAsync(string manifestPath, CancellationToken cancellationToken)
    {
        if (!File.Exists(manifestPath))
        {
            throw new CorpusLoadException($"Manifest {manifestPath} is missing. Create it with one entry per document (see README, 'Adding a document').");
        }

        try
        {
            await using var stream = File.OpenRead(manifestPath);
            var manifest = await JsonSerializer.DeserializeAsync<Manifest>(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
            return manifest?.Documents ?? throw new CorpusLoadException($"{manifestPath} has no \"documents\" array.");
        }
        catch (JsonException e)
        {
            throw new CorpusLoadException($"{manifestPath} is not valid JSON (line {e.LineNumber + 1}): {e.Message}");
        }
    }

    private static async Task<SourceDocument> LoadDocumentAsync(string folder, string manifestPath, ManifestEntry entry, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(entry.File) || entry.File != Path.GetFileName(entry.File))
        {
            throw new CorpusLoadException($"{manifestPath}: an entry has no valid \"file\" (a file name inside {folder}).");
        }

        var path = Path.Combine(folder, entry.File);
        if (string.IsNullOrWhiteSpace(entry.Publisher) || string.IsNullOrWhiteSpace(entry.Title))
        {
            throw new CorpusLoadException($"{manifestPath}: the entry for '{entry.File}' needs a \"publisher\" and a \"title\".");
        }

        var language = LanguageCodes.Parse(entry.Language)
            ?? throw new CorpusLoadException($"{manifestPath}: the entry for '{entry.File}' has language '{entry.Language}'; use \"nl\" or \"en\".");
        if (!File.Exists(path))
        {
            throw new CorpusLoadException($"{path} is listed in {manifestPath} but missing. Put the file back or remove its entry.");
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new CorpusLoadException($"{path} is not UTF-8 text. Convert it (e.g. iconv -f latin1 -t utf-8) and try again.");
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            throw new CorpusLoadException($"{path} starts with a byte-order mark, which would shift every quote offset. Save it as UTF-8 without BOM.");
        }

        if (text.Contains('\r', StringComparison.Ordinal))
        {
            // Readers that translate CRLF (Python's default) would see other offsets than we quote.
            throw new CorpusLoadException($"{path} has Windows (CRLF) line endings, which would shift quote offsets. Convert it to LF (dos2unix) and try again.");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new CorpusLoadException($"{path} is empty. Add its text or remove its entry from {manifestPath}.");
        }

        var format = entry.Format?.ToLowerInvariant() switch
        {
            "pdf" => TextFormat.Pdf,
            null or "" or "web" or "text" or "markdown" => TextFormat.Web,
            var other => throw new CorpusLoadException($"{manifestPath}: the entry for '{entry.File}' has format '{other}'; use \"web\" or \"pdf\"."),
        };
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
        var info = new SourceDocumentInfo(entry.File, entry.Publisher, entry.Title, language, entry.Date, entry.DateInferred,
            entry.Kind ?? "document", entry.Url, hash);
        var aliases = (entry.PartyAliases ?? []).Append(entry.Publisher).Select(a => a.Trim().ToLowerInvariant()).Where(a => a.Length > 0).Distinct().ToList();
        var speaksFor = (entry.SpeaksFor ?? []).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        return new SourceDocument(info, aliases, format, text) { SpeaksFor = speaksFor };
    }
}

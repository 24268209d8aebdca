using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ChatBot.Answers.Answering;
using ChatBot.Answers.Corpus;
using ChatBot.Answers.Lexicon;
using ChatBot.Answers.Model;
using ChatBot.Answers.Retrieval;
using ChatBot.Import.Drafting;
using ChatBot.Import.Extraction;
using ChatBot.Import.Writing;

namespace ChatBot.Import;

/// <summary>
/// `import`: reads each file, drafts its manifest entry, and validates the folder as it would be afterwards with the
/// corpus loader itself (in a staging copy) before anything is written. All files or none: any problem leaves the
/// corpus folder as it was.
/// </summary>
public static partial class DocumentImporter
{
    [GeneratedRegex(@"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")] private static partial Regex DateShape();

    public static async Task<ImportReport> ImportAsync(IReadOnlyList<string> files, ImportOptions options, ImportTarget target, CancellationToken cancellationToken)
    {
        if (files.Count == 0) throw new ImportException("Name at least one file to import (.pdf, .html, .txt or .md).");
        var lexicon = await LoadLexiconAsync(target.LexiconFolder, cancellationToken).ConfigureAwait(false);
        options = Check(options, files.Count, lexicon.Parties);
        var folder = Path.GetFullPath(target.Folder);
        var existing = await LoadCorpusAsync(folder, target, cancellationToken).ConfigureAwait(false);
        var takenNames = existing.Select(d => d.File).Concat(Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>() : [])
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in existing) hashes.TryAdd(document.Info.ContentHash, document.File);

        // Words a broken word may join into: the word list and the term list's one-word terms.
        var realWords = lexicon.RealWords.Concat(lexicon.Terms.SelectMany(t => t.Dutch.Concat(t.English)).Where(w => !w.Contains(' ', StringComparison.Ordinal)))
            .ToHashSet(StringComparer.Ordinal);
        var drafts = new List<(string Source, ExtractedDocument Document, ManifestDraft Draft, byte[] Bytes, TimeSpan Took)>();
        foreach (var file in files)
        {
            var started = Stopwatch.GetTimestamp();
            var name = Path.GetFileName(file);
            if (!File.Exists(file)) throw new ImportException($"{file} does not exist (or is not a file).");
            byte[] bytes;
            try
            {
                bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new ImportException($"{file} could not be read: {e.Message}");
            }

            var document = DocumentReader.Read(bytes, name, realWords);
            var textBytes = new UTF8Encoding(false).GetBytes(document.Text);
            var hash = Convert.ToHexStringLower(SHA256.HashData(textBytes))[..16];
            if (!hashes.TryAdd(hash, name))
            {
                throw new ImportException($"{name} holds the same text as {hashes[hash]}, which is already imported. Nothing was written.");
            }

            var language = DetectLanguage(document, name, lexicon);
            var draft = EntryDrafter.Draft(document, options, name, language, lexicon.Parties);
            var fileName = FileNamer.Name(draft.Entry.Title, takenNames.Contains);
            takenNames.Add(fileName);
            drafts.Add((name, document, draft with { Entry = draft.Entry with { File = fileName } }, textBytes, Stopwatch.GetElapsedTime(started)));
        }

        var checkStarted = Stopwatch.GetTimestamp();
        var manifestPath = Path.Combine(folder, target.ManifestName);
        var manifest = await ManifestFile.ReadAsync(manifestPath, cancellationToken).ConfigureAwait(false);
        foreach (var draft in drafts) ManifestFile.Append(manifest, draft.Draft.Entry);
        var manifestBytes = ManifestFile.Bytes(manifest);
        var written = drafts.Select(d => (d.Draft.Entry.File, d.Bytes)).ToList();

        var snapshot = await ValidateAsync(folder, target, existing, written, manifestBytes, lexicon, cancellationToken).ConfigureAwait(false);
        using (snapshot)
        {
            await CommitAsync(folder, manifestPath, written, manifestBytes, cancellationToken).ConfigureAwait(false);
            var imported = drafts.Select(d =>
            {
                var file = d.Draft.Entry.File;
                return new ImportedDocument(d.Source, Path.Combine(folder, file), d.Document.Description, d.Draft.Entry, d.Draft.Notes, d.Document.Text.Length,
                    snapshot.Passages.Count(p => p.Document.File == file), snapshot.Parties.GetValueOrDefault(file, DocumentParties.None)) { ReadTime = d.Took };
            }).ToList();
            var loaded = target.CorpusFolders.Any(f => string.Equals(Path.GetFullPath(f), folder, StringComparison.Ordinal));
            return new ImportReport(imported, manifestPath, loaded) { CheckTime = Stopwatch.GetElapsedTime(checkStarted) };
        }
    }

    private static async Task<Lexicon> LoadLexiconAsync(string folder, CancellationToken cancellationToken)
    {
        try
        {
            return await LexiconLoader.LoadAsync(folder, cancellationToken).ConfigureAwait(false);
        }
        catch (CorpusLoadException e)
        {
            throw new ImportException($"The lexicon is broken, so nothing was imported: {e.Message}");
        }
    }

    /// <summary>Options checked before any file is read; --speaks-for names resolved to the register's spelling.</summary>
    private static ImportOptions Check(ImportOptions options, int fileCount, PartyRegister register)
    {
        if (options.Url is not null && (!Uri.TryCreate(options.Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            throw new ImportException($"--url '{options.Url}' is not a web address: give the original's http(s) URL.");
        }

        if ((options.Url is not null || options.Title is not null) && fileCount > 1)
        {
            throw new ImportException("--url and --title describe one document: import the files one at a time when you give them.");
        }

        if (options.Date is not null && (!DateShape().IsMatch(options.Date) || DateFinder.Parse(options.Date.Length == 4 ? options.Date + "-01-01" : options.Date.Length == 7 ? options.Date + "-01" : options.Date) is null))
        {
            throw new ImportException($"--date '{options.Date}' is not a date: use yyyy-mm-dd, yyyy-mm or yyyy (for example 2023-10-30).");
        }

        if (options.Publisher is not null && string.IsNullOrWhiteSpace(options.Publisher)) throw new ImportException("--publisher is empty: name who published the document.");
        var speaksFor = new List<string>();
        foreach (var name in options.SpeaksFor)
        {
            var party = register.Find(name)
                ?? throw new ImportException($"--speaks-for '{name}' is not in the party register. Use a name from seeds/lexicon/parties.tsv, or add the party there first.");
            speaksFor.Add(party.Name);
        }

        return options with { SpeaksFor = [.. speaksFor.Distinct(StringComparer.Ordinal)], Publisher = options.Publisher?.Trim() };
    }

    /// <summary>Every document the bot loads now, plus the target folder's: a broken folder is named and nothing is imported.</summary>
    private static async Task<List<SourceDocument>> LoadCorpusAsync(string folder, ImportTarget target, CancellationToken cancellationToken)
    {
        var documents = new List<SourceDocument>();
        foreach (var dir in target.CorpusFolders.Select(Path.GetFullPath).Append(folder).Distinct(StringComparer.Ordinal))
        {
            if (!File.Exists(Path.Combine(dir, target.ManifestName))) continue;
            try
            {
                documents.AddRange(await CorpusLoader.LoadAsync(dir, target.ManifestName, cancellationToken).ConfigureAwait(false));
            }
            catch (CorpusLoadException e)
            {
                throw new ImportException($"The corpus is broken already, so nothing was imported. Fix this first: {e.Message}");
            }
        }

        return documents;
    }

    /// <summary>
    /// The engine's own detector on the document's opening (some 3,000 words decide it; the detector needs a snapshot
    /// for the term list, and indexing a whole long document for it would double the import time).
    /// </summary>
    private static Language DetectLanguage(ExtractedDocument document, string name, Lexicon lexicon)
    {
        var text = document.Text;
        var cut = text.Length <= ProbeLength ? text.Length : text.LastIndexOf('\n', ProbeLength) + 1;
        var opening = text[..(cut > 0 ? cut : ProbeLength)];
        var probe = new SourceDocument(new SourceDocumentInfo("probe.txt", "probe", "probe", Language.Nl, null, false, "document", null, "0000000000000000"),
            [], document.Format, opening);
        try
        {
            using var snapshot = CorpusSnapshot.Build([probe], lexicon);
            return QuestionReader.DetectLanguage(Words.Split(opening), snapshot);
        }
        catch (CorpusLoadException)
        {
            throw new ImportException($"{name} has no readable text: what it holds is navigation or blank lines only. Check the file, or copy its text into a .txt file and import that.");
        }
    }

    private const int ProbeLength = 20_000;
}

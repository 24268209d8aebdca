using System.Security.Cryptography;
using System.Text.Json;
using ChatBot.Answers.Corpus;
using ChatBot.Answers.Corpus.Segmentation;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;

namespace ChatBot.Answers.Retrieval.Store;

/// <summary>
/// Keeps built indexes in a folder, one sub-folder per corpus version (a hash of the engine build, the lexicon and
/// every document's manifest entry and content hash). A start with unchanged documents opens the saved index instead
/// of building one. An index is written in a temporary folder and renamed into place only when complete, so a crash
/// leaves no half-written index under a version's name; one that fails its checksums is set aside and rebuilt, never
/// served. Any number of processes may read one version's folder at once (memory-mapped, read-only).
/// </summary>
public sealed partial class IndexStore(string folder, ILogger logger)
{
    private const string PassagesFile = "passages.bin";
    private const string MarkerFile = "complete.json";
    private static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(10);

    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>The folder a corpus version's index lives in.</summary>
    public string VersionFolder(IReadOnlyList<SourceDocument> documents, Lexicon.Lexicon lexicon) => Path.Combine(Folder, IndexVersion.Of(documents, lexicon));

    /// <summary>The saved index of exactly these documents and lexicon for this engine build, or null (none, or set aside as damaged).</summary>
    internal (PassageIndex Index, SavedPassages Saved)? TryOpen(IReadOnlyList<SourceDocument> documents, Lexicon.Lexicon lexicon)
    {
        var target = VersionFolder(documents, lexicon);
        if (!System.IO.Directory.Exists(target)) return null;
        try
        {
            var opened = Open(target, documents);
            LogOpened(logger, target, opened.Index.Passages.Count);
            return opened;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or JsonException or UnauthorizedAccessException
                                      or Lucene.Net.Index.CorruptIndexException or EndOfStreamException or ArgumentException or IndexOutOfRangeException)
        {
            SetAside(target, e.Message);
            return null;
        }
    }

    /// <summary>Writes a new index for these passages, publishes it under its version and opens it from there.</summary>
    internal PassageIndex Build(IReadOnlyList<SourceDocument> documents, Lexicon.Lexicon lexicon, IReadOnlyList<Passage> passages, TextAnalysis analysis,
        IReadOnlyList<string> dutchWords, IReadOnlyList<string> vocabulary)
    {
        var target = VersionFolder(documents, lexicon);
        var building = Path.Combine(Folder, ".building-" + Guid.NewGuid().ToString("N"));
        try
        {
            System.IO.Directory.CreateDirectory(building);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only data folder (a replica given a prebuilt index of another corpus) still answers.
            LogNotSaved(logger, Folder, e.Message);
            return new PassageIndex(passages, analysis);
        }

        PassageIndex.Written written;
        bool published;
        try
        {
            using (var directory = FSDirectory.Open(building))
            {
                written = PassageIndex.Write(directory, passages, analysis);
            }

            var passagesPath = Path.Combine(building, PassagesFile);
            string sha256;
            using (var stream = new FileStream(passagesPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                // Hashed as it is written: reading a large corpus' passages back only to hash them cost seconds and memory.
                using var sha = SHA256.Create();
                using (var hashing = new CryptoStream(stream, sha, CryptoStreamMode.Write, leaveOpen: true))
                {
                    new SavedPassages(written.Passages, written.Terms, dutchWords, vocabulary).Write(hashing, documents);
                    hashing.FlushFinalBlock();
                }

                sha256 = Convert.ToHexStringLower(sha.Hash!);
                stream.Flush(flushToDisk: true);
            }

            var marker = new Marker(sha256, written.Passages.Count, DateTimeOffset.UtcNow);
            File.WriteAllText(Path.Combine(building, MarkerFile), JsonSerializer.Serialize(marker));
            published = TryPublish(building, target);
            if (!published) LogBuiltElsewhere(logger, target);
        }
        finally
        {
            if (System.IO.Directory.Exists(building)) TryDelete(building);
        }

        RemoveStale(target);
        // Our own passages are already in memory; only Lucene's files are opened from their final place.
        var index = published
            ? PassageIndex.Open(new PassageIndex.Written(new MMapDirectory(new DirectoryInfo(target), NoLockFactory.GetNoLockFactory()), written.Passages, written.Terms), analysis)
            : Open(target, documents).Index;
        LogBuilt(logger, target, index.Passages.Count);
        return index;
    }

    private static (PassageIndex Index, SavedPassages Saved) Open(string target, IReadOnlyList<SourceDocument> documents)
    {
        var markerPath = Path.Combine(target, MarkerFile);
        if (!File.Exists(markerPath)) throw new InvalidDataException("no completion marker");
        var marker = JsonSerializer.Deserialize<Marker>(File.ReadAllText(markerPath)) ?? throw new InvalidDataException("empty completion marker");
        var bytes = File.ReadAllBytes(Path.Combine(target, PassagesFile));
        if (Convert.ToHexStringLower(SHA256.HashData(bytes)) != marker.PassagesSha256) throw new InvalidDataException($"{PassagesFile} does not match its checksum");
        using var stream = new MemoryStream(bytes, writable: false);
        var saved = SavedPassages.Read(stream, documents);
        if (saved.Passages.Count != marker.Passages) throw new InvalidDataException("the passage count does not match the marker");
        var analysis = new TextAnalysis(saved.DutchWords);
        var directory = new MMapDirectory(new DirectoryInfo(target), NoLockFactory.GetNoLockFactory());
        try
        {
            var index = PassageIndex.Open(new PassageIndex.Written(directory, saved.Passages, saved.Terms), analysis);
            try
            {
                index.CheckIntegrity();
            }
            catch
            {
                index.Dispose();
                throw;
            }

            return (index, saved);
        }
        catch
        {
            directory.Dispose();
            analysis.Dispose();
            throw;
        }
    }

    /// <summary>Renames the finished folder into place; false when another process published the same version first.</summary>
    private static bool TryPublish(string building, string target)
    {
        try
        {
            System.IO.Directory.Move(building, target);
            return true;
        }
        catch (IOException) when (System.IO.Directory.Exists(target))
        {
            return false;
        }
    }

    private void SetAside(string target, string reason)
    {
        var aside = Path.Combine(Folder, $".damaged-{Path.GetFileName(target)}-{DateTime.UtcNow:yyyyMMddHHmmss}-{Guid.NewGuid().ToString("N")[..8]}");
        LogDamaged(logger, target, reason, aside);
        try
        {
            System.IO.Directory.Move(target, aside);
        }
        catch (IOException)
        {
            // Another process set it aside (or rebuilt it) first.
        }
    }

    /// <summary>Other versions' folders and leftovers, once old enough that no starting process can still be opening them.</summary>
    private void RemoveStale(string current)
    {
        foreach (var dir in System.IO.Directory.EnumerateDirectories(Folder))
        {
            if (string.Equals(dir, current, StringComparison.Ordinal)) continue;
            if (DateTime.UtcNow - System.IO.Directory.GetLastWriteTimeUtc(dir) > StaleAfter) TryDelete(dir);
        }
    }

    private static void TryDelete(string dir)
    {
        try
        {
            System.IO.Directory.Delete(dir, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Still in use or already gone: the next start tries again.
        }
    }

    private sealed record Marker(string PassagesSha256, int Passages, DateTimeOffset Written);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Information, Message = "Index opened from {Folder}: {Passages} passages")]
    private static partial void LogOpened(ILogger logger, string folder, int passages);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Information, Message = "Index built and saved in {Folder}: {Passages} passages")]
    private static partial void LogBuilt(ILogger logger, string folder, int passages);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Warning, Message = "Saved index {Folder} is damaged ({Reason}); set aside as {Aside} and rebuilt")]
    private static partial void LogDamaged(ILogger logger, string folder, string reason, string aside);

    [LoggerMessage(EventId = 1014, Level = LogLevel.Warning, Message = "The index cannot be saved in {Folder} ({Reason}); it is built in memory, and every start builds it again")]
    private static partial void LogNotSaved(ILogger logger, string folder, string reason);

    [LoggerMessage(EventId = 1013, Level = LogLevel.Information, Message = "Another process saved the index {Folder} first; using that one")]
    private static partial void LogBuiltElsewhere(ILogger logger, string folder);
}

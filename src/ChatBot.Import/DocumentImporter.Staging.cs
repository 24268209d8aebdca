using ChatBot.Answers.Corpus;
using ChatBot.Answers.Lexicon;

namespace ChatBot.Import;

public static partial class DocumentImporter
{
    /// <summary>
    /// The folder as it will be, checked in a staging copy by the corpus loader and built into a snapshot with the
    /// rest of the corpus, exactly as a running bot would load it. Throws with the loader's message.
    /// </summary>
    private static async Task<CorpusSnapshot> ValidateAsync(string folder, ImportTarget target, IReadOnlyList<SourceDocument> existing,
        IReadOnlyList<(string File, byte[] Bytes)> written, byte[] manifest, Lexicon lexicon, CancellationToken cancellationToken)
    {
        var staging = Directory.CreateTempSubdirectory("chatbot-import-").FullName;
        try
        {
            if (Directory.Exists(folder))
            {
                foreach (var path in Directory.EnumerateFiles(folder).Where(p => Path.GetExtension(p) is ".txt" or ".md" or ".TXT" or ".MD"))
                {
                    File.Copy(path, Path.Combine(staging, Path.GetFileName(path)));
                }
            }

            foreach (var (file, bytes) in written) await File.WriteAllBytesAsync(Path.Combine(staging, file), bytes, cancellationToken).ConfigureAwait(false);
            await File.WriteAllBytesAsync(Path.Combine(staging, target.ManifestName), manifest, cancellationToken).ConfigureAwait(false);
            var staged = await CorpusLoader.LoadAsync(staging, target.ManifestName, cancellationToken).ConfigureAwait(false);
            var others = existing.Where(d => !staged.Any(s => s.File == d.File)).ToList();
            return CorpusSnapshot.Build([.. others, .. staged], lexicon);
        }
        catch (CorpusLoadException e)
        {
            throw new ImportException("The imported document would break the corpus, so nothing was written: " + e.Message.Replace(staging, folder, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>
    /// Documents first, then the manifest, each written beside its place and moved in, so a watching bot never reads a
    /// half-written file; a failure takes back what was written.
    /// </summary>
    private static async Task CommitAsync(string folder, string manifestPath, IReadOnlyList<(string File, byte[] Bytes)> written, byte[] manifest, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var done = new List<string>();
        try
        {
            foreach (var (file, bytes) in written)
            {
                var path = Path.Combine(folder, file);
                await WriteThenMoveAsync(path, bytes, overwrite: false, cancellationToken).ConfigureAwait(false);
                done.Add(path);
            }

            await WriteThenMoveAsync(manifestPath, manifest, overwrite: true, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or OperationCanceledException)
        {
            foreach (var path in done) File.Delete(path);
            throw new ImportException($"Writing to {folder} failed, nothing was imported: {e.Message}");
        }
    }

    private static async Task WriteThenMoveAsync(string path, byte[] bytes, bool overwrite, CancellationToken cancellationToken)
    {
        // Not .txt or .md while it is being written: the loader neither lists nor refuses it.
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.importing");
        try
        {
            await File.WriteAllBytesAsync(temporary, bytes, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, path, overwrite);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}

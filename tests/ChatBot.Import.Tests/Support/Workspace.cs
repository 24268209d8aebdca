namespace ChatBot.Import.Tests.Support;

/// <summary>
/// A throw-away place for one test: a folder of input files and an empty corpus folder to import into, using the
/// repository's lexicon (party register, word list); deleted afterwards.
/// </summary>
internal sealed class Workspace : IDisposable
{
    public Workspace()
    {
        Root = Directory.CreateTempSubdirectory("chatbot-import-test-").FullName;
        Inputs = Directory.CreateDirectory(Path.Combine(Root, "inputs")).FullName;
        Corpus = Path.Combine(Root, "corpus");
    }

    public string Root { get; }

    public string Inputs { get; }

    /// <summary>The corpus folder (created by the first import).</summary>
    public string Corpus { get; }

    public ImportTarget Target => new(Corpus, "manifest.json", [Corpus], RepoPaths.Lexicon);

    public string Input(string name, byte[] bytes)
    {
        var path = Path.Combine(Inputs, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public Task<ImportReport> ImportAsync(string file, ImportOptions? options = null) =>
        DocumentImporter.ImportAsync([file], options ?? new ImportOptions(), Target, CancellationToken.None);

    /// <summary>Every file in the corpus folder with its bytes: what "nothing changed on disk" compares.</summary>
    public IReadOnlyDictionary<string, string> CorpusState() =>
        !Directory.Exists(Corpus) ? new Dictionary<string, string>()
            : Directory.EnumerateFiles(Corpus, "*", SearchOption.AllDirectories)
                .ToDictionary(p => Path.GetRelativePath(Corpus, p), p => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(p))));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

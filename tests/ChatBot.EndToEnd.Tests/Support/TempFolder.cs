namespace ChatBot.EndToEnd.Tests.Support;

/// <summary>A folder under the temp directory, deleted on dispose; <see cref="WithSeeds"/> copies the repository's seeds/ into it.</summary>
internal sealed class TempFolder : IDisposable
{
    private TempFolder(string path)
    {
        Path = path;
        Directory.CreateDirectory(path);
    }

    public string Path { get; }

    public string Seeds => System.IO.Path.Combine(Path, "seeds");

    public string Data => System.IO.Path.Combine(Path, "data");

    public static TempFolder Create() =>
        new(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "chatbot-e2e", Guid.NewGuid().ToString("N")));

    public static TempFolder WithSeeds()
    {
        var folder = Create();
        Copy(RepositoryPaths.Seeds, folder.Seeds);
        return folder;
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, System.IO.Path.Combine(to, System.IO.Path.GetFileName(file)));
        }

        foreach (var dir in Directory.EnumerateDirectories(from))
        {
            Copy(dir, System.IO.Path.Combine(to, System.IO.Path.GetFileName(dir)));
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold the file a moment longer; a leftover temp folder is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

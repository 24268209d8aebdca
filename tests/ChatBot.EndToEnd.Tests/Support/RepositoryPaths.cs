namespace ChatBot.EndToEnd.Tests.Support;

/// <summary>The repository's own files (appsettings.json, seeds/), found upwards from the test binaries.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string AppSettings => Path.Combine(Root, "appsettings.json");

    /// <summary>ChatBot.dll, copied beside the tests by the project reference to the host.</summary>
    public static string HostDll => Path.Combine(AppContext.BaseDirectory, "ChatBot.dll");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No ChatBot.sln above {AppContext.BaseDirectory}: run the tests from the repository.");
    }
}

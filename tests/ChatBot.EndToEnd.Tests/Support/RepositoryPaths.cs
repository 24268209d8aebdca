namespace ChatBot.EndToEnd.Tests.Support;

/// <summary>The repository's own files (appsettings.json, seeds/), found upwards from the test binaries.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string AppSettings => Path.Combine(Root, "appsettings.json");

    /// <summary>
    /// ChatBot.dll in the host's own output folder (same configuration as the tests): the copy beside the tests has
    /// the tests' dependency set (ASP.NET Core framework assemblies) but the host's runtimeconfig, so it cannot start.
    /// </summary>
    public static string HostDll
    {
        get
        {
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var framework = output.Name;
            var configuration = output.Parent!.Name;
            return Path.Combine(Root, "src", "ChatBot", "bin", configuration, framework, "ChatBot.dll");
        }
    }

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

namespace ChatBot.Import.Tests.Support;

/// <summary>Where the repository's seeds and lexicon are, found from the test assembly's folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Lexicon => Path.Combine(Seeds, "lexicon");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatBot.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException($"No ChatBot.sln above {AppContext.BaseDirectory}; run the tests from inside the repository.");
    }
}

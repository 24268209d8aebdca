namespace ChatBot.Answers.Tests.Support;

/// <summary>Where the repository's seeds and the shared dev set are, found from the test assembly's folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>The full dev set (questions and expectations) beside the repository, or null in a bare checkout.</summary>
    public static string? DevSet
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "eval", "dev.jsonl"));
            return File.Exists(path) ? path : null;
        }
    }

    /// <summary>Ids and questions only, copied into the test project for checkouts without the shared dev set.</summary>
    public static string DevQuestionsCopy => Path.Combine(AppContext.BaseDirectory, "Data", "dev-questions.jsonl");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No ChatBot.sln above {AppContext.BaseDirectory}; run the tests from inside the repository.");
    }
}

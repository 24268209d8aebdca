namespace ChatBot.Host.Cli;

/// <summary>
/// Where appsettings.json and seeds/ live: the working directory or the nearest parent holding them, else beside the
/// executable — so `dotnet run --project src/ChatBot` from the repository and a published build both find them.
/// </summary>
internal static class ContentRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "appsettings.json")) && Directory.Exists(Path.Combine(dir.FullName, "seeds")))
                {
                    return dir.FullName;
                }
            }
        }

        return Directory.GetCurrentDirectory();
    }
}

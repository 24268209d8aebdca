using System.Diagnostics;
using System.Text;

namespace ChatBot.EndToEnd.Tests.Support;

/// <summary>Runs the built host (`dotnet ChatBot.dll audit …`) as its own process against a given data folder.</summary>
internal static class AuditCli
{
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError);

    public static async Task<Result> RunAsync(string dataFolder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(RepositoryPaths.HostDll);
        start.ArgumentList.Add("audit");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Audit__DataFolder"] = dataFolder;
        // The SQLite store under test, never a database the developer's shell may point at.
        start.Environment.Remove("CHATBOT_POSTGRES");
        start.Environment.Remove("Operations__PostgresConnectionString");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("`audit` did not finish within 60 s");
        }

        return new Result(process.ExitCode, await stdout, await stderr);
    }
}

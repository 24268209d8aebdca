using Microsoft.Extensions.Logging.Console;

namespace ChatBot.Host.Cli;

/// <summary>
/// Colour in the log only for a person at a terminal: logs go to stderr, so a redirected stderr (a file, a pipe,
/// journald) gets plain text whatever stdout is; NO_COLOR (no-color.org) turns colour off everywhere.
/// </summary>
internal static class LogColors
{
    public static LoggerColorBehavior For(bool stderrRedirected, string? noColor) =>
        stderrRedirected || !string.IsNullOrEmpty(noColor) ? LoggerColorBehavior.Disabled : LoggerColorBehavior.Enabled;

    public static LoggerColorBehavior ForThisProcess() =>
        For(Console.IsErrorRedirected, Environment.GetEnvironmentVariable("NO_COLOR"));
}

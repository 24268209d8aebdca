using System.Runtime.InteropServices;

namespace ChatBot.Host.Cli;

/// <summary>
/// A shell starts a background job (`sleep 90 | ChatBot &amp;`, a script, some supervisors) with SIGINT ignored, and
/// .NET respects an ignored signal: the host's Ctrl-C handler is then never installed, and `kill -INT` does nothing.
/// The bot host takes SIGINT back to its default before the host registers its handler, so that SIGINT stops it
/// like SIGTERM, however it was started.
/// </summary>
internal static partial class InterruptSignal
{
    private const int SigInt = 2; // the same number on Linux and macOS
    private static readonly nint SigDefault = 0;

    public static void StopOnInterrupt()
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            _ = Signal(SigInt, SigDefault);
        }
    }

    [LibraryImport("libc", EntryPoint = "signal")]
    private static partial nint Signal(int signal, nint handler);
}

using Microsoft.Extensions.Logging;

namespace ChatBot.Web.Sources;

/// <summary>Log messages of the source pages (event ids 7200–7299).</summary>
internal static partial class SourcePagesLog
{
    [LoggerMessage(7201, LogLevel.Debug, "Rendered source page {File} with {Spans} highlighted spans in {Milliseconds:F2} ms")]
    public static partial void Rendered(ILogger logger, string file, int spans, double milliseconds);
}

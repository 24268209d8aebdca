using Microsoft.Extensions.Logging;

namespace ChatBot.Web.Hosting;

/// <summary>Log messages of the web app (event ids 7100–7199).</summary>
internal static partial class WebLog
{
    [LoggerMessage(7101, LogLevel.Information, "Web app listening on {Urls} ({Features})")]
    public static partial void Listening(ILogger logger, string urls, string features);

    [LoggerMessage(7102, LogLevel.Debug, "Refused {Path} on port {Port}: its routes are served on the other address")]
    public static partial void WrongPort(ILogger logger, string path, int port);
}

using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ChatBot.Telegram.Http;

/// <summary>
/// Replaces the HttpClientFactory loggers (which write the full URL, token included): logs only the Bot API method
/// name, status and duration.
/// </summary>
internal sealed partial class TelegramRequestLoggingHandler(ILogger<TelegramRequestLoggingHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var method = MethodName(request.RequestUri);
        var started = Stopwatch.GetTimestamp();
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        LogRequest(logger, method, (int)response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return response;
    }

    /// <summary>The last path segment ("sendMessage"); never the "/bot{token}/" part.</summary>
    internal static string MethodName(Uri? uri)
    {
        if (uri is null)
        {
            return "?";
        }

        var path = uri.AbsolutePath;
        var slash = path.LastIndexOf('/');
        return slash >= 0 && slash < path.Length - 1 ? path[(slash + 1)..] : "?";
    }

    [LoggerMessage(EventId = 3100, Level = LogLevel.Debug, Message = "Bot API {Method} answered {StatusCode} in {ElapsedMs:0} ms")]
    private static partial void LogRequest(ILogger logger, string method, int statusCode, double elapsedMs);
}

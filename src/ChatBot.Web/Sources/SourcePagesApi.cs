using System.Diagnostics;
using ChatBot.Answers.Corpus;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace ChatBot.Web.Sources;

/// <summary>
/// GET /sources and GET /sources/{file}: read-only pages rendered from the corpus snapshot in memory. The file name is
/// only ever a key into that snapshot, so nothing from the request reaches the file system.
/// </summary>
public static class SourcePagesApi
{
    public const string Path = "/sources";

    public static IEndpointRouteBuilder MapSourcePages(this IEndpointRouteBuilder routes, ICorpusProvider corpus, ILogger logger)
    {
        // The site's root has nothing of its own: it points at the list rather than a bare, empty 404.
        routes.MapGet("/", context => WriteAsync(context, StatusCodes.Status200OK, "text/html",
            "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>ChatBot sources</title>" +
            "<p>The documents the bot quotes are listed at <a href=\"sources\">/sources</a>.</p></html>\n"));
        routes.MapGet(Path, context => WriteAsync(context, StatusCodes.Status200OK, "text/html", SourceListPage.Render(corpus.Current,
            context.Request.Path.Value?.EndsWith('/') == true ? "" : "sources/")));
        routes.MapGet(Path + "/{file}", context =>
        {
            var started = Stopwatch.GetTimestamp();
            var file = context.Request.RouteValues["file"] as string ?? "";
            var snapshot = corpus.Current;
            var document = snapshot.Documents.FirstOrDefault(d => string.Equals(d.File, file, StringComparison.Ordinal));
            if (document is null)
            {
                return WriteAsync(context, StatusCodes.Status404NotFound, "text/plain", "No such source document. The list is at /sources.\n");
            }

            var (spans, error) = Highlight.Parse(context.Request.Query["start"], context.Request.Query["end"], document.Text.Length);
            if (error is not null)
            {
                return WriteAsync(context, StatusCodes.Status400BadRequest, "text/plain", error + "\n");
            }

            var passages = snapshot.Passages.Where(p => ReferenceEquals(p.Document, document)).ToList();
            var html = SourceDocumentPage.Render(document, passages, spans);
            SourcePagesLog.Rendered(logger, document.File, spans.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return WriteAsync(context, StatusCodes.Status200OK, "text/html", html);
        });
        return routes;
    }

    private static Task WriteAsync(HttpContext context, int status, string mediaType, string body)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = mediaType + "; charset=utf-8";
        // Documents are shown as text; even so, nothing on these pages may run or load from elsewhere.
        response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        return response.WriteAsync(body, context.RequestAborted);
    }
}

using System.Globalization;
using System.Text;
using ChatBot.Answers.Corpus;
using ChatBot.Answers.Model;
using ChatBot.Web.Hosting;
using ChatBot.Web.Sources;
using Microsoft.Extensions.Options;

namespace ChatBot.Web.Links;

/// <summary>
/// The link a reader opens to check a citation: the source page with the quote highlighted when Web:PublicBaseUrl is
/// set; otherwise, for a web-page document, a text-fragment link into the original; otherwise none.
/// </summary>
public sealed class CitationLinkBuilder(IOptions<WebOptions> options, ICorpusProvider corpus)
{
    // Read (and so validated) when the answer service is made, so a bad Web:PublicBaseUrl stops `ask` at its start.
    private readonly string? _publicBaseUrl = options.Value.PublicBaseUrl is { Length: > 0 } url ? url : null;

    public string? For(Citation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        var document = corpus.Current.Documents.FirstOrDefault(d => string.Equals(d.File, citation.File, StringComparison.Ordinal));
        if (_publicBaseUrl is { } baseUrl)
        {
            return SourcePage(baseUrl, citation, document);
        }

        return IsWebPage(citation.Url, document) ? TextFragmentLink.Build(citation.Url!, citation.Quote) : null;
    }

    private static string SourcePage(string baseUrl, Citation citation, SourceDocument? document)
    {
        var spans = document is not null && document.Info.ContentHash == citation.ContentHash
            ? QuoteSpans.Locate(document.Text, citation.Start, citation.End, citation.Quote)
            : [new(citation.Start, citation.End)];
        var link = new StringBuilder(baseUrl.TrimEnd('/')).Append(SourcePagesApi.Path).Append('/').Append(Uri.EscapeDataString(citation.File));
        for (var i = 0; i < spans.Count; i++)
        {
            link.Append(i == 0 ? '?' : '&').Append(CultureInfo.InvariantCulture, $"start={spans[i].Start}&end={spans[i].End}");
        }

        return link.Append("#q").ToString();
    }

    /// <summary>An http(s) URL of a document kept as a web page (a PDF has no text to point a fragment at).</summary>
    private static bool IsWebPage(string? url, SourceDocument? document) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !uri.AbsolutePath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)
        && document?.Format != TextFormat.Pdf;
}

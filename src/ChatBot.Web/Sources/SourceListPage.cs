using System.Globalization;
using System.Text;
using ChatBot.Answers.Corpus;
using ChatBot.Answers.Model;

namespace ChatBot.Web.Sources;

/// <summary>/sources: every document of the corpus snapshot with publisher, title, date, language, URL, hash, passages.</summary>
internal static class SourceListPage
{
    /// <param name="snapshot">The corpus in memory.</param>
    /// <param name="documentPrefix">Relative path from this page to /sources/ ("sources/", or "" when asked as /sources/).</param>
    public static string Render(CorpusSnapshot snapshot, string documentPrefix)
    {
        var counts = snapshot.Passages.GroupBy(p => p.Document.File, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var body = new StringBuilder("<header><h1>Sources</h1><p class=\"meta\">The documents the bot quotes, as it reads them (corpus version <code>")
            .Append(Html.Encode(CorpusFingerprint.Of(snapshot.Documents.Select(d => d.Info)))).Append("</code>).</p></header>\n<main><ul class=\"doc\">\n");
        foreach (var document in snapshot.Documents)
        {
            var info = document.Info;
            body.Append("<li><a href=\"").Append(documentPrefix).Append(Html.Encode(Uri.EscapeDataString(info.File))).Append("\"><b>").Append(Html.Encode(info.Title)).Append("</b></a><br>")
                .Append("<span class=\"publisher\">").Append(Html.Encode(info.Publisher)).Append("</span> · <span class=\"date\">").Append(Html.Encode(DateText(info)))
                .Append("</span> · <span class=\"language\">").Append(Html.Encode(info.Language.ToString().ToLowerInvariant())).Append("</span> · <span class=\"passages\">")
                .Append(counts.GetValueOrDefault(info.File).ToString(CultureInfo.InvariantCulture)).Append(" passages</span><br>")
                .Append("<span class=\"parties\">").Append(Html.Encode(snapshot.Parties.GetValueOrDefault(info.File, DocumentParties.None).Describe(Language.En))).Append("</span><br>");
            body.Append(WebUrl(info.Url) is { } url
                ? $"<a class=\"url\" href=\"{Html.Encode(url)}\" rel=\"noopener noreferrer nofollow\">{Html.Encode(url)}</a>"
                : "<span class=\"url\">no original URL known</span>");
            body.Append("<br><span class=\"meta\">").Append(Html.Encode(info.File)).Append(" · content hash <code class=\"hash\">")
                .Append(Html.Encode(info.ContentHash)).Append("</code></span></li>\n");
        }

        body.Append("</ul></main>");
        return Html.Page("en", "Sources", body.ToString());
    }

    public static string DateText(SourceDocumentInfo info) =>
        info.Date is null ? "undated" : info.DateInferred ? info.Date + " (inferred)" : info.Date;

    /// <summary>Only http(s) URLs become links; anything else in a manifest is not offered to a browser.</summary>
    public static string? WebUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri.AbsoluteUri : null;
}

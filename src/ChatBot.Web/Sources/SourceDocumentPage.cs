using System.Globalization;
using System.Text;
using ChatBot.Answers.Corpus;
using ChatBot.Answers.Corpus.Segmentation;

namespace ChatBot.Web.Sources;

/// <summary>
/// One document as the bot reads it: passage by passage with section paths and an anchor each; the requested spans
/// are &lt;mark&gt;ed; the first has id "q", which a link's #q scrolls to, and autofocus, which scrolls to it when the
/// fragment is missing (no script needed either way). All text is HTML-escaped.
/// </summary>
internal static class SourceDocumentPage
{
    public static string Render(SourceDocument document, IReadOnlyList<Passage> passages, IReadOnlyList<TextSpan> highlights)
    {
        var info = document.Info;
        var body = new StringBuilder(document.Text.Length * 11 / 10 + 4096);
        body.Append("<header><p><a href=\"../sources\">All sources</a></p><h1>").Append(Html.Encode(info.Title)).Append("</h1><p class=\"meta\">")
            .Append(Html.Encode(info.Publisher)).Append(" · ").Append(Html.Encode(SourceListPage.DateText(info)))
            .Append(" · ").Append(Html.Encode(info.Language.ToString().ToLowerInvariant()));
        if (SourceListPage.WebUrl(info.Url) is { } url)
        {
            body.Append(" · <a href=\"").Append(Html.Encode(url)).Append("\" rel=\"noopener noreferrer nofollow\">original</a>");
        }

        body.Append("<br>").Append(Html.Encode(document.File)).Append(" · ").Append(passages.Count.ToString(CultureInfo.InvariantCulture))
            .Append(" passages · content hash <code>").Append(Html.Encode(info.ContentHash)).Append("</code></p></header>\n<main class=\"")
            .Append(document.Format == TextFormat.Pdf ? "pdf" : "web").Append("\">\n");

        var next = 0; // first highlight not yet fully written
        var marked = false;
        for (var i = 0; i < passages.Count; i++)
        {
            var passage = passages[i];
            var anchor = $"p-{i + 1}";
            var cited = highlights.Any(h => h.Start < passage.End && h.End > passage.Start);
            body.Append("<section class=\"").Append(cited ? "passage cited" : "passage").Append("\" id=\"").Append(anchor)
                .Append("\"><h2><a href=\"#").Append(anchor).Append("\">")
                .Append(passage.Section.Length > 0 ? "§ " + Html.Encode(passage.Section) : "¶ " + (i + 1).ToString(CultureInfo.InvariantCulture))
                .Append("</a></h2><p class=\"text\">");
            var at = passage.Start;
            while (next < highlights.Count && highlights[next].End <= passage.Start) next++;
            for (var h = next; h < highlights.Count && highlights[h].Start < passage.End; h++)
            {
                var from = Math.Max(highlights[h].Start, passage.Start);
                var to = Math.Min(highlights[h].End, passage.End);
                body.AppendEncoded(document.Text.AsSpan(at, from - at));
                body.Append("<mark").Append(marked ? "" : " id=\"q\" tabindex=\"-1\" autofocus").Append(" data-fragment=\"").Append(h.ToString(CultureInfo.InvariantCulture)).Append("\">")
                    .AppendEncoded(document.Text.AsSpan(from, to - from)).Append("</mark>");
                marked = true;
                at = to;
            }

            body.AppendEncoded(document.Text.AsSpan(at, passage.End - at)).Append("</p></section>\n");
        }

        body.Append("</main>");
        return Html.Page(info.Language.ToString().ToLowerInvariant(), $"{info.Publisher} — {info.Title}", body.ToString());
    }
}

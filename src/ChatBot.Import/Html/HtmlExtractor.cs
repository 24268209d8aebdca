using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ChatBot.Answers.Corpus;
using ChatBot.Import.Drafting;
using ChatBot.Import.Extraction;

namespace ChatBot.Import.Html;

/// <summary>
/// A saved web page as corpus text: its main content only (the &lt;main&gt; or &lt;article&gt;, else the element holding
/// most paragraph text), headings, paragraphs and list items one per line.
/// </summary>
internal static class HtmlExtractor
{
    /// <summary>Less text than this is no article: a cookie wall, an index page, an error page.</summary>
    private const int MinimumContent = 200;

    public static ExtractedDocument Extract(string html, string name)
    {
        var document = new HtmlParser().ParseDocument(html);
        var pageTitle = document.Title?.Trim();
        var facts = Facts(document);
        Boilerplate.Remove(document);
        var main = MainContent(document);
        var lines = main is null ? [] : BlockText.Lines(main);
        if (lines.Sum(l => l.Length) < MinimumContent || !lines.Any(l => l.Length >= 80))
        {
            throw new ImportException($"{name} has no main content: after navigation, banners and scripts are left out, no article text remains. Save the article page itself (not an index or a cookie wall), or copy its text into a .txt file and import that.");
        }

        var text = string.Join("\n\n", lines) + "\n";
        var firstHeading = main!.QuerySelector("h1, h2")?.TextContent.Trim();
        facts = facts with
        {
            Title = facts.Title ?? (string.IsNullOrWhiteSpace(firstHeading) ? null : new Fact(Whitespace(firstHeading), "its first heading"))
                ?? (pageTitle is { Length: > 0 } ? new Fact(Whitespace(pageTitle), "<title>") : null),
            Date = facts.Date ?? (DateFinder.FirstDate(text) is { } printed ? new Fact(printed, "a date in its first lines") : null),
        };
        return new ExtractedDocument(text, TextFormat.Web, facts, $"web page, {lines.Count} lines of main content");
    }

    private static DocumentFacts Facts(IDocument document)
    {
        string? Meta(string key) => document.QuerySelector($"meta[property='{key}'], meta[name='{key}']")?.GetAttribute("content")?.Trim() is { Length: > 0 } v ? v : null;

        var ogTitle = Meta("og:title");
        // og:title, else (below) the article's first heading, else <title>, which often carries the site's name too.
        var title = ogTitle is not null ? new Fact(ogTitle, "og:title") : null;
        var published = Meta("article:published_time") ?? Meta("date") ?? Meta("dc.date") ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        var date = published is not null && DateFinder.Parse(published) is { } d ? new Fact(d, published == Meta("article:published_time") ? "article:published_time" : "the page's date") : null;
        var canonical = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")?.Trim();
        var url = IsWebUrl(canonical) ? new Fact(canonical!, "<link rel=canonical>") : IsWebUrl(Meta("og:url")) ? new Fact(Meta("og:url")!, "og:url") : null;
        var site = Meta("og:site_name") is { } s ? new Fact(s, "og:site_name") : null;
        return new DocumentFacts { Kind = "web page", Title = title, Date = date, Url = url, SiteName = site };
    }

    /// <summary>&lt;main&gt;, else the longest &lt;article&gt;, else the element whose own paragraphs hold the most text.</summary>
    private static IElement? MainContent(IDocument document)
    {
        if (document.QuerySelector("main, [role=main]") is { } main && Length(main) >= MinimumContent) return main;
        var article = document.QuerySelectorAll("article").OrderByDescending(Length).FirstOrDefault();
        if (article is not null && Length(article) >= MinimumContent) return article;
        return document.QuerySelectorAll("p").Select(p => p.ParentElement).OfType<IElement>().Distinct()
            .OrderByDescending(e => e.Children.Where(c => c.LocalName == "p").Sum(Length)).FirstOrDefault() ?? document.Body;
    }

    private static int Length(IElement element) => element.TextContent.Trim().Length;

    private static bool IsWebUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    internal static string Whitespace(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

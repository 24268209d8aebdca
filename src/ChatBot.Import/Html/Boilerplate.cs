using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace ChatBot.Import.Html;

/// <summary>
/// What a saved web page holds besides its text: scripts, styles, navigation, cookie banners, share buttons, page
/// headers and footers. Removed before the main content is looked for.
/// </summary>
internal static partial class Boilerplate
{
    private const string NeverContent = "script, style, noscript, template, svg, iframe, form, button, select, nav, aside, dialog, [hidden], [aria-hidden=true], "
        + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog], [role=alertdialog], [role=search]";

    /// <summary>Never content, wherever it sits: banners, consent walls, share and social buttons, related links, ads.</summary>
    [GeneratedRegex(@"(?:^|[\s_-])(?:cookie\w*|consent|gdpr|share|sharing|social|newsletter|related|comments?|advert\w*|ads?|breadcrumbs?|skip-?link|popup|modal)(?:$|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex ChromeName();

    /// <summary>Page chrome when outside the article; inside it ("article__header") the article's own heading block.</summary>
    [GeneratedRegex(@"(?:^|[\s_-])(?:nav\w*|menu|sidebar|footer|header|banner|masthead|toolbar)(?:$|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex PageChromeName();

    public static void Remove(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll(NeverContent).ToList()) element.Remove();
        // A page's own header and footer, not an article's (<article><header><h1>…).
        foreach (var element in document.QuerySelectorAll("header, footer").Where(e => e.Closest("article, main") is null).ToList()) element.Remove();
        foreach (var element in document.QuerySelectorAll("[id], [class]").Where(IsChrome).ToList())
        {
            if (element.Parent is not null) element.Remove();
        }
    }

    /// <summary>Named like page chrome, and not the content itself (an article never goes, whatever its class says).</summary>
    private static bool IsChrome(IElement element)
    {
        // What holds the article ("layout has-sidebar" around <main>) is not chrome, whatever its name says.
        if (element.LocalName is "article" or "main" or "body" or "html" || element.QuerySelector("article, main, [role=main], h1") is not null) return false;
        var names = (element.Id ?? "") + " " + (element.ClassName ?? "");
        return ChromeName().IsMatch(names) || PageChromeName().IsMatch(names) && element.Closest("article, main, [role=main]") is null;
    }
}

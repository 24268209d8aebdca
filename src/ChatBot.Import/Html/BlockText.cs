using System.Text;
using AngleSharp.Dom;

namespace ChatBot.Import.Html;

/// <summary>
/// The lines of an element: each heading, paragraph, list item, quote or table row on a line of its own, list items
/// marked "• " so they stay items after their lead-in ("De partij wil:"), inline markup as plain text.
/// </summary>
internal static class BlockText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "tr", "dt", "dd", "figcaption", "pre", "div", "section", "article", "header", "footer", "main", "ul", "ol", "dl", "table", "br",
    };

    public static IReadOnlyList<string> Lines(IElement root)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        Walk(root, lines, current);
        Flush(lines, current, bullet: false);
        return lines;
    }

    private static void Walk(INode node, List<string> lines, StringBuilder current)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                current.Append(text.Data);
                continue;
            }

            if (child is not IElement element) continue;
            if (!Blocks.Contains(element.LocalName))
            {
                Walk(element, lines, current);
                continue;
            }

            Flush(lines, current, bullet: false);
            if (element.LocalName == "br") continue;
            if (element.LocalName == "li")
            {
                // An item's own text is one line; a list nested in it follows as items of their own.
                var own = new StringBuilder();
                var nested = new List<string>();
                foreach (var part in element.ChildNodes)
                {
                    if (part is IElement { LocalName: "ul" or "ol" } sub) nested.AddRange(Lines(sub));
                    else if (part is IElement e) { var inner = Lines(e); own.Append(' ').Append(string.Join(' ', inner)); }
                    else if (part is IText t) own.Append(t.Data);
                }

                Flush(lines, own, bullet: true);
                lines.AddRange(nested);
                continue;
            }

            Walk(element, lines, current);
            Flush(lines, current, bullet: false);
        }
    }

    private static void Flush(List<string> lines, StringBuilder current, bool bullet)
    {
        var line = HtmlExtractor.Whitespace(current.ToString());
        current.Clear();
        if (line.Length == 0) return;
        lines.Add(bullet && !line.StartsWith("• ", StringComparison.Ordinal) ? "• " + line : line);
    }
}

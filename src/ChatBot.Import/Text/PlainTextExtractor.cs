using System.Text.RegularExpressions;
using ChatBot.Answers.Corpus;
using ChatBot.Import.Drafting;
using ChatBot.Import.Extraction;

namespace ChatBot.Import.Text;

/// <summary>Plain text and Markdown as they are (UTF-8, LF); the title from the first heading or line.</summary>
internal static partial class PlainTextExtractor
{
    [GeneratedRegex(@"^#{1,3}\s+(?<title>\S.*)$", RegexOptions.Multiline)] private static partial Regex MarkdownHeading();

    public static ExtractedDocument Extract(string text, string name)
    {
        text = string.Join('\n', text.Split('\n').Select(l => l.Replace('\f', ' ').TrimEnd())).Trim('\n') + "\n";
        var markdown = name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);
        var heading = markdown ? MarkdownHeading().Match(text) : Match.Empty;
        var firstLine = text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        var title = heading.Success ? new Fact(heading.Groups["title"].Value.Trim(), "its first heading")
            : firstLine is { Length: <= 150 } ? new Fact(firstLine, "its first line") : null;
        var facts = new DocumentFacts
        {
            Kind = "document",
            Title = title,
            Date = DateFinder.FirstDate(text) is { } date ? new Fact(date, "a date in its first lines") : null,
        };
        var format = HardWrap.IsHardWrapped(text) ? TextFormat.Pdf : TextFormat.Web;
        return new ExtractedDocument(text, format, facts, markdown ? "Markdown" : "text");
    }
}

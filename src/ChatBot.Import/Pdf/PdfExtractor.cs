using System.Globalization;
using ChatBot.Answers.Corpus;
using ChatBot.Answers.Retrieval;
using ChatBot.Import.Drafting;
using ChatBot.Import.Extraction;
using ChatBot.Import.Text;

namespace ChatBot.Import.Pdf;

/// <summary>A PDF as corpus text: running lines left out, paragraphs one per line, headings on lines of their own.</summary>
internal static class PdfExtractor
{
    public static ExtractedDocument Extract(byte[] bytes, string name, IReadOnlySet<string> realWords)
    {
        var pages = PdfPageReader.Read(bytes, name);
        var lines = RunningLines.Remove(pages.Lines, pages.PageCount);
        // Words the document prints unbroken tell which broken ones to join.
        var documentWords = lines.SelectMany(l => Words.Split(l.Text.TrimEnd('-'))).ToHashSet(StringComparer.Ordinal);
        var paragraphs = PdfParagraphs.Join(lines, new Hyphenation(realWords, documentWords));
        var text = string.Join("\n\n", paragraphs) + "\n";
        var format = HardWrap.IsHardWrapped(string.Join('\n', paragraphs)) ? TextFormat.Pdf : TextFormat.Web;
        var facts = new DocumentFacts
        {
            Kind = "document (PDF)",
            Title = Title(pages.Title, lines),
            Date = DateFinder.FirstDate(text) is { } printed ? new Fact(printed, "a date in its first lines")
                : pages.Created is { } created ? new Fact(created.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "the PDF's creation date", Inferred: true)
                : null,
        };
        return new ExtractedDocument(text, format, facts, $"PDF, {pages.PageCount} page{(pages.PageCount == 1 ? "" : "s")}");
    }

    /// <summary>The metadata title unless it is a word processor's file name; else the largest line of the first page.</summary>
    private static Fact? Title(string? metadata, IReadOnlyList<PdfTextLine> lines)
    {
        if (metadata is not null && !metadata.Contains(".doc", StringComparison.OrdinalIgnoreCase) && !metadata.StartsWith("untitled", StringComparison.OrdinalIgnoreCase))
        {
            return new Fact(metadata, "the PDF's metadata");
        }

        var first = lines.Where(l => l.Page == lines[0].Page && l.Text.Length <= 150).ToList();
        if (first.Count == 0) return null;
        var largest = first.Max(l => l.FontSize);
        var heading = string.Join(' ', first.Where(l => l.FontSize == largest).TakeWhile((l, i) => i < 3).Select(l => l.Text));
        return new Fact(heading, "the largest line on its first page");
    }
}

using ChatBot.Import.Html;
using ChatBot.Import.Pdf;
using ChatBot.Import.Text;

namespace ChatBot.Import.Extraction;

/// <summary>Tells a PDF, a web page and plain text apart by their bytes (the extension only breaks a tie) and extracts the text.</summary>
public static class DocumentReader
{
    public static ExtractedDocument Read(byte[] bytes, string name, IReadOnlySet<string> realWords)
    {
        if (bytes.Length == 0) throw new ImportException($"{name} is empty.");
        if (bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) >= 0)
        {
            return PdfExtractor.Extract(bytes, name, realWords);
        }

        if (name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            throw new ImportException($"{name} is named .pdf but is not a PDF (no %PDF- header). Download it again.");
        }

        var text = TextDecoder.Decode(bytes, name);
        return IsHtml(text, name) ? HtmlExtractor.Extract(text, name) : PlainTextExtractor.Extract(text, name);
    }

    private static bool IsHtml(string text, string name)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 2048)).TrimStart();
        return name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }
}

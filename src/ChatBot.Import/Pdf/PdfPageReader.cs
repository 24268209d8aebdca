using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Exceptions;

namespace ChatBot.Import.Pdf;

/// <summary>
/// Reads a PDF's text layer with PdfPig: words, then blocks and lines (Docstrum), blocks in reading order, so that
/// columns are read one after the other. Refuses encrypted files and files without text (scans).
/// </summary>
internal static class PdfPageReader
{
    public sealed record PdfPages(IReadOnlyList<PdfTextLine> Lines, int PageCount, string? Title, DateTimeOffset? Created);

    public static PdfPages Read(byte[] bytes, string name)
    {
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException)
        {
            // A file locked with an empty user password (printing or copying restricted) opens; one that needs a password does not.
            throw new ImportException($"{name} is an encrypted PDF. Save an unprotected copy (for example: qpdf --decrypt in.pdf out.pdf) and import that.");
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            throw new ImportException($"{name} could not be read as a PDF ({e.Message}). Check that the file is complete, or save it again from its viewer.");
        }

        using (document)
        {
            var lines = new List<PdfTextLine>();
            var block = 0;
            try
            {
                foreach (var page in document.GetPages())
                {
                    lines.AddRange(PageLines(page, ref block));
                }
            }
            catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
            {
                throw new ImportException($"{name}: a page could not be read ({e.Message}). Save the PDF again from its viewer (print to PDF) and import that.");
            }

            if (lines.Count == 0)
            {
                throw new ImportException($"{name} has no text layer (a scan or images only, {document.NumberOfPages} pages). Run it through OCR first (for example: ocrmypdf -l nld in.pdf out.pdf) and import the result.");
            }

            var info = document.Information;
            DateTimeOffset? created = null;
            try
            {
                created = info.GetCreatedDateTimeOffset();
            }
            catch (ArgumentException)
            {
                // An unreadable creation date is no date.
            }

            return new PdfPages(lines, document.NumberOfPages, string.IsNullOrWhiteSpace(info.Title) ? null : info.Title.Trim(), created);
        }
    }

    private static List<PdfTextLine> PageLines(Page page, ref int block)
    {
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        if (letters.Count == 0) return [];
        var words = NearestNeighbourWordExtractor.Instance.GetWords(letters).ToList();
        var blocks = UnsupervisedReadingOrderDetector.Instance.Get(DocstrumBoundingBoxes.Instance.GetBlocks(words))
            .OrderBy(b => b.ReadingOrder).ToList();
        var lines = new List<PdfTextLine>();
        foreach (var textBlock in blocks)
        {
            foreach (var line in textBlock.TextLines)
            {
                var text = string.Join(' ', line.Words.Select(w => w.Text)).Trim();
                if (text.Length == 0) continue;
                var lineLetters = line.Words.SelectMany(w => w.Letters).ToList();
                lines.Add(new PdfTextLine(page.Number, block, text,
                    FontSize: Math.Round(lineLetters.Average(l => l.PointSize), 1),
                    Bold: lineLetters.Count(l => IsBold(l)) * 2 > lineLetters.Count,
                    Left: line.BoundingBox.Left, Baseline: line.BoundingBox.Bottom, Top: line.BoundingBox.Top));
            }

            block++;
        }

        var byHeight = lines.Select((l, i) => (l.Top, i)).OrderByDescending(x => x.Top).Select(x => x.i).ToList();
        for (var rank = 0; rank < byHeight.Count; rank++)
        {
            var i = byHeight[rank];
            lines[i] = lines[i] with { FromTop = rank, FromBottom = byHeight.Count - 1 - rank };
        }

        return lines;
    }

    private static bool IsBold(Letter letter) =>
        letter.FontDetails?.IsBold == true || letter.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true;
}

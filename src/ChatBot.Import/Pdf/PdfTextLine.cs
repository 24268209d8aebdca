namespace ChatBot.Import.Pdf;

/// <summary>One printed line of a PDF page in reading order, with what its layout tells: size, weight and position.</summary>
internal sealed record PdfTextLine(int Page, int Block, string Text, double FontSize, bool Bold, double Left, double Baseline, double Top)
{
    /// <summary>Rank from the page's top (0) and bottom (0): running headers and footers sit at either end.</summary>
    public int FromTop { get; init; }
    public int FromBottom { get; init; }
}

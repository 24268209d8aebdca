using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ChatBot.Import.Tests.Support;

/// <summary>
/// Writes PDFs the way a word processor lays them out: lines placed one by one on A4 pages, body text in 10 pt
/// Helvetica at 14 pt line spacing, headings larger and bold, a running header and a page number on every page.
/// </summary>
internal sealed class TestPdf
{
    public const double Body = 10;
    private const double Spacing = 14;
    private const double Left = 72;
    private const double TopLine = 760;
    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _regular;
    private readonly PdfDocumentBuilder.AddedFont _bold;
    private PdfPageBuilder? _page;
    private double _y;
    private int _pages;

    public TestPdf(string? header = null, bool pageNumbers = true, string? title = null, DateTime? created = null)
    {
        _regular = _builder.AddStandard14Font(Standard14Font.Helvetica);
        _bold = _builder.AddStandard14Font(Standard14Font.HelveticaBold);
        Header = header;
        PageNumbers = pageNumbers;
        if (title is not null) _builder.DocumentInformation.Title = title;
        if (created is { } c) _builder.DocumentInformation.CreationDate = $"D:{c:yyyyMMddHHmmss}Z";
    }

    private string? Header { get; }

    private bool PageNumbers { get; }

    public TestPdf NewPage()
    {
        _page = _builder.AddPage(PageSize.A4);
        _pages++;
        if (Header is not null) _page.AddText(Header, 8, new PdfPoint(Left, 810), _regular);
        if (PageNumbers) _page.AddText(_pages.ToString(System.Globalization.CultureInfo.InvariantCulture), 8, new PdfPoint(297, 40), _regular);
        _y = TopLine;
        return this;
    }

    /// <summary>A heading: larger, bold, with space above and below.</summary>
    public TestPdf Heading(string text, double size = 14)
    {
        _y -= Spacing;
        Page().AddText(text, size, new PdfPoint(Left, _y), _bold);
        _y -= Spacing * 1.6;
        return this;
    }

    /// <summary>A paragraph given as its printed lines (hard-wrapped as the PDF prints them), then a blank line's space.</summary>
    public TestPdf Paragraph(params string[] lines)
    {
        foreach (var line in lines) Line(line);
        _y -= Spacing * 0.8;
        return this;
    }

    /// <summary>A bullet: "•" then its text lines, the continuation indented.</summary>
    public TestPdf Bullet(params string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (i == 0) Page().AddText("•", Body, new PdfPoint(Left + 8, _y), _regular);
            Page().AddText(lines[i], Body, new PdfPoint(Left + 20, _y), _regular);
            _y -= Spacing;
        }

        return this;
    }

    /// <summary>Two columns side by side, each given as its printed lines, as a newspaper-style page sets them.</summary>
    public TestPdf Columns(string[] left, string[] right)
    {
        var top = _y;
        foreach (var line in left) Line(line);
        var bottom = _y;
        _y = top;
        foreach (var line in right)
        {
            Page().AddText(line, Body, new PdfPoint(320, _y), _regular);
            _y -= Spacing;
        }

        _y = Math.Min(bottom, _y) - Spacing;
        return this;
    }

    public TestPdf Line(string text)
    {
        Page().AddText(text, Body, new PdfPoint(Left, _y), _regular);
        _y -= Spacing;
        return this;
    }

    /// <summary>A page holding only a drawn picture (a scan has an image and no text layer).</summary>
    public TestPdf PictureOnlyPage()
    {
        var page = _builder.AddPage(PageSize.A4);
        page.AddPng(Png.Gray(16, 16), new PdfRectangle(72, 400, 520, 800));
        page.DrawRectangle(new PdfPoint(72, 100), 400, 200, 2, fill: true);
        return this;
    }

    public byte[] Build() => _builder.Build();

    private PdfPageBuilder Page() => _page ?? NewPage()._page!;
}

using System.Text;
using ChatBot.Import.Tests.Support;

namespace ChatBot.Import.Tests.Importing;

/// <summary>Input the importer cannot use gets a message in words, and the corpus folder stays exactly as it was.</summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private readonly Workspace _workspace = new();
    private IReadOnlyDictionary<string, string> _before = new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        // A corpus that already holds a document, so "unchanged" covers the manifest too.
        await _workspace.ImportAsync(_workspace.Input("programma.pdf", Fixtures.ProgrammePdf()), new ImportOptions { Publisher = "PvdD" });
        _before = _workspace.CorpusState();
    }

    public Task DisposeAsync()
    {
        _workspace.Dispose();
        return Task.CompletedTask;
    }

    private async Task<string> RefusedAsync(string name, byte[] bytes, ImportOptions? options = null)
    {
        var file = _workspace.Input(name, bytes);
        var refused = await Assert.ThrowsAsync<ImportException>(() => _workspace.ImportAsync(file, options));
        Assert.Equal(_before, _workspace.CorpusState());
        Assert.Contains(name, refused.Message, StringComparison.Ordinal);
        return refused.Message;
    }

    [Fact]
    public async Task An_encrypted_pdf_is_refused_with_how_to_decrypt_it()
    {
        var message = await RefusedAsync("beveiligd.pdf", EncryptedPdf.Build(), new ImportOptions { Publisher = "PvdD" });

        Assert.Contains("encrypted PDF", message, StringComparison.Ordinal);
        Assert.Contains("qpdf --decrypt", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scanned_pdf_without_a_text_layer_is_refused_with_a_pointer_to_ocr()
    {
        var message = await RefusedAsync("scan.pdf", new TestPdf(pageNumbers: false).PictureOnlyPage().PictureOnlyPage().Build(), new ImportOptions { Publisher = "PvdD" });

        Assert.Contains("no text layer", message, StringComparison.Ordinal);
        Assert.Contains("OCR", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_web_page_without_main_content_is_refused()
    {
        const string html = """
            <!DOCTYPE html><html><head><title>Cookies</title><script>var consent = "Wij gebruiken cookies om je ervaring te verbeteren, en nog veel meer tekst die geen artikel is maar wel lang genoeg om te tellen als inhoud als het script niet werd weggelaten.";</script></head>
            <body><nav><ul><li><a href="/">Home</a></li><li><a href="/nieuws">Nieuws</a></li></ul></nav>
            <div class="cookie-banner"><p>Deze site gebruikt cookies. Door verder te gaan ga je akkoord met het plaatsen van cookies voor analyse, advertenties en social media. Lees meer in onze privacyverklaring.</p><button>Akkoord</button></div>
            <footer><p>© 2025 Voorbeeld · Privacy · Contact</p></footer></body></html>
            """;

        var message = await RefusedAsync("cookiemuur.html", Encoding.UTF8.GetBytes(html), new ImportOptions { Publisher = "Voorbeeld" });

        Assert.Contains("no main content", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_binary_file_is_refused()
    {
        var bytes = new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00 }.Concat(Enumerable.Range(0, 500).Select(i => (byte)(i % 7))).ToArray();

        var message = await RefusedAsync("archief.txt", bytes, new ImportOptions { Publisher = "PvdD" });

        Assert.Contains("binary file", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_that_is_not_utf8_is_refused_with_the_conversion_to_run()
    {
        var latin1 = Encoding.Latin1.GetBytes("Asielbeleid van de partij\n\nDe partij wil een eerlijke procedure, een menswaardige opvang en één loket voor statushouders in elke gemeente.\n");

        var message = await RefusedAsync("latin1.txt", latin1, new ImportOptions { Publisher = "PvdD" });

        Assert.Contains("not UTF-8", message, StringComparison.Ordinal);
        Assert.Contains("iconv", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_of_page_furniture_only_is_refused()
    {
        var message = await RefusedAsync("menu.txt", Encoding.UTF8.GetBytes("Skip to content\n\nlees meer\n\n12\n"), new ImportOptions { Publisher = "PvdD" });

        Assert.Contains("no readable text", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_content_imported_again_is_refused_with_the_file_that_holds_it()
    {
        var message = await RefusedAsync("kopie.pdf", Fixtures.ProgrammePdf(), new ImportOptions { Publisher = "PvdD" });

        Assert.Contains("een-menswaardig-asielbeleid.txt", message, StringComparison.Ordinal);
        Assert.Contains("already imported", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_whose_publisher_cannot_be_told_is_refused_until_publisher_is_given()
    {
        var text = Encoding.UTF8.GetBytes("Notitie over opvang\n\nDe opvang van asielzoekers moet beter geregeld worden in alle gemeenten van het land.\n");

        var message = await RefusedAsync("notitie.txt", text);

        Assert.Contains("--publisher", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_speaks_for_name_outside_the_party_register_is_refused_before_anything_is_read()
    {
        var text = Encoding.UTF8.GetBytes("Akkoord\n\nDe partijen spreken af dat de opvang van asielzoekers beter geregeld wordt in alle gemeenten.\n");
        var file = _workspace.Input("akkoord.txt", text);

        var refused = await Assert.ThrowsAsync<ImportException>(() => _workspace.ImportAsync(file, new ImportOptions { Publisher = "Kabinet", SpeaksFor = ["VVD", "Piratenpartij"] }));

        Assert.Contains("--speaks-for 'Piratenpartij' is not in the party register", refused.Message, StringComparison.Ordinal);
        Assert.Equal(_before, _workspace.CorpusState());
    }
}

using System.Text;
using System.Text.Json;
using ChatBot.Answers.Corpus;
using ChatBot.Import.Tests.Support;

namespace ChatBot.Import.Tests.Importing;

/// <summary>The manifest after an import: the loader's shape, other fields kept, options over guesses, names never reused.</summary>
public sealed class ManifestTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private string Text(string name, string text) => _workspace.Input(name, Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task An_existing_manifest_keeps_its_other_fields_and_gains_an_entry_the_loader_reads()
    {
        Directory.CreateDirectory(_workspace.Corpus);
        await File.WriteAllTextAsync(Path.Combine(_workspace.Corpus, "bestaand.txt"), "Bestaand\n\nDe opvang van asielzoekers moet in elke gemeente goed geregeld zijn.\n");
        await File.WriteAllTextAsync(Path.Combine(_workspace.Corpus, "manifest.json"), """
            {"_comment": "kept", "documents": [{"file": "bestaand.txt", "publisher": "SP", "title": "Bestaand", "language": "nl", "edition": "2021"}]}
            """);

        await _workspace.ImportAsync(Text("notitie.md", "# Notitie over werk\r\n\r\nStatushouders krijgen hulp bij het vinden van werk in hun eigen gemeente.\r\n"),
            new ImportOptions { Publisher = "SP", Date = "2024-05" });

        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_workspace.Corpus, "manifest.json")));
        Assert.Equal("kept", manifest.RootElement.GetProperty("_comment").GetString());
        var entries = manifest.RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal("2021", entries[0].GetProperty("edition").GetString());
        Assert.Equal("notitie-over-werk.txt", entries[1].GetProperty("file").GetString());
        Assert.Equal("2024-05", entries[1].GetProperty("date").GetString());
        var loaded = await CorpusLoader.LoadAsync(_workspace.Corpus, "manifest.json", CancellationToken.None);
        Assert.Equal(["bestaand.txt", "notitie-over-werk.txt"], loaded.Select(d => d.File));
        Assert.Equal("# Notitie over werk\n\nStatushouders krijgen hulp bij het vinden van werk in hun eigen gemeente.\n", loaded[1].Text);
    }

    [Fact]
    public async Task Options_override_what_the_document_says()
    {
        var report = await _workspace.ImportAsync(_workspace.Input("artikel.html", Encoding.UTF8.GetBytes(Fixtures.ArticleHtml)),
            new ImportOptions { Publisher = "NOS", Url = "https://nos.nl/artikel/1", Title = "Eigen titel", Date = "2025-09-04" });

        var entry = Assert.Single(report.Documents).Entry;
        Assert.Equal(("NOS", "https://nos.nl/artikel/1", "Eigen titel", "2025-09-04", false), (entry.Publisher, entry.Url, entry.Title, entry.Date, entry.DateInferred));
        Assert.Equal("eigen-titel.txt", entry.File);
    }

    [Fact]
    public async Task A_title_already_used_gets_a_new_file_name_and_the_first_file_is_untouched()
    {
        var first = await _workspace.ImportAsync(Text("a.txt", "Asielbeleid\n\nDe partij wil een snelle en eerlijke asielprocedure voor iedereen.\n"), new ImportOptions { Publisher = "SP" });
        var before = await File.ReadAllBytesAsync(first.Documents[0].Path);

        var second = await _workspace.ImportAsync(Text("b.txt", "Asielbeleid\n\nDe partij wil dat gemeenten samen zorgen voor genoeg opvangplekken.\n"), new ImportOptions { Publisher = "SP" });

        Assert.Equal("asielbeleid.txt", first.Documents[0].Entry.File);
        Assert.Equal("asielbeleid-2.txt", second.Documents[0].Entry.File);
        Assert.Equal(before, await File.ReadAllBytesAsync(first.Documents[0].Path));
    }

    [Fact]
    public async Task A_joint_text_speaks_for_the_parties_named_and_an_undated_pdf_takes_its_creation_date_as_inferred()
    {
        var pdf = new TestPdf(title: "Coalitieakkoord 2025", created: new DateTime(2025, 1, 15, 9, 0, 0, DateTimeKind.Utc))
            .NewPage().Heading("Migratie")
            .Paragraph("De partijen willen de asielprocedure versnellen en de opvang beter verdelen over alle gemeenten.")
            .Build();

        var report = await _workspace.ImportAsync(_workspace.Input("akkoord.pdf", pdf), new ImportOptions { Publisher = "Kabinet", SpeaksFor = ["vvd", "d66"] });

        var document = Assert.Single(report.Documents);
        Assert.Equal(["VVD", "D66"], document.Entry.SpeaksFor);
        Assert.Equal(["VVD", "D66"], document.Parties.SpeaksFor);
        Assert.Equal(("Coalitieakkoord 2025", "2025-01-15", true), (document.Entry.Title, document.Entry.Date, document.Entry.DateInferred));
        Assert.Contains("date: 2025-01-15 (from the PDF's creation date; date_inferred: true)", document.Notes);
    }

    [Fact]
    public async Task Hard_wrapped_text_is_marked_pdf_and_a_paragraph_per_line_web_and_the_file_name_drops_accents()
    {
        var wrapped = await _workspace.ImportAsync(Text("wrapped.txt", "Één asielbeleid voor Europa\n\nDe partij wil dat de lidstaten van de Europese Unie\nsamen verantwoordelijk worden voor de opvang van\nmensen die bescherming zoeken, en dat niemand\nmeer verdrinkt op weg naar een veilig land.\n"),
            new ImportOptions { Publisher = "SP" });
        var lines = await _workspace.ImportAsync(Text("lines.txt", "Opvang\n\nDe partij wil dat de lidstaten van de Europese Unie samen verantwoordelijk worden voor de opvang.\n\nNiemand mag meer verdrinken op weg naar een veilig land.\n"),
            new ImportOptions { Publisher = "SP" });

        Assert.Equal(("pdf", "een-asielbeleid-voor-europa.txt"), (wrapped.Documents[0].Entry.Format, wrapped.Documents[0].Entry.File));
        Assert.Equal("web", lines.Documents[0].Entry.Format);
    }

    [Fact]
    public async Task Several_files_are_imported_together_or_not_at_all()
    {
        var good = Text("goed.txt", "Goed stuk\n\nDe partij wil een snelle en eerlijke asielprocedure voor iedereen die hier komt.\n");
        var bad = _workspace.Input("slecht.txt", [0xC3, 0x28, 0x41, 0x42]);

        await Assert.ThrowsAsync<ImportException>(() => DocumentImporter.ImportAsync([good, bad], new ImportOptions { Publisher = "SP" }, _workspace.Target, CancellationToken.None));

        Assert.Empty(_workspace.CorpusState());
    }
}

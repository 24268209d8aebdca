using ChatBot.Import.Tests.Support;

namespace ChatBot.Import.Tests.Pdf;

/// <summary>A two-page programme PDF made by the test, imported into an empty corpus folder.</summary>
public sealed class ProgrammePdfTests : IAsyncLifetime
{
    private readonly Workspace _workspace = new();
    private ImportReport _report = null!;
    private string _text = "";

    public async Task InitializeAsync()
    {
        var pdf = _workspace.Input("programma.pdf", Fixtures.ProgrammePdf());
        _report = await _workspace.ImportAsync(pdf, new ImportOptions { Publisher = "Partij voor de Dieren" });
        _text = await File.ReadAllTextAsync(_report.Documents[0].Path);
    }

    public Task DisposeAsync()
    {
        _workspace.Dispose();
        return Task.CompletedTask;
    }

    private IReadOnlyList<string> Lines => _text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void The_running_header_and_the_page_numbers_are_left_out()
    {
        Assert.DoesNotContain(Fixtures.Header, _text, StringComparison.Ordinal);
        Assert.DoesNotContain(Lines, l => l.Trim() is "1" or "2");
    }

    [Fact]
    public void A_hard_wrapped_paragraph_becomes_one_line()
    {
        Assert.Contains(Lines, l => l.StartsWith("Mensen die hier bescherming zoeken", StringComparison.Ordinal) && l.EndsWith("voor een eerlijke verdeling.", StringComparison.Ordinal));
        Assert.Contains(Lines, l => l.StartsWith("Statushouders krijgen", StringComparison.Ordinal) && l.EndsWith("zodat niemand hoeft te wachten.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_broken_at_a_line_end_is_joined_when_whole_it_is_a_real_word_and_keeps_its_hyphen_otherwise()
    {
        Assert.Contains("opsluiten van mensen in vreemdelingendetentie, want", _text, StringComparison.Ordinal);
        Assert.Contains("tussen de EU-landen is nodig", _text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_that_runs_over_a_page_break_stays_one_paragraph()
    {
        Assert.Contains("Wij willen dat alle gemeenten samen zorgen voor genoeg opvangplekken in het hele land.", Lines);
    }

    [Fact]
    public async Task Two_columns_are_read_one_after_the_other()
    {
        var pdf = new TestPdf(pageNumbers: false).NewPage().Heading("Twee kolommen")
            .Columns(
                ["De linkerkolom begint hier en gaat", "verder op deze regel, tot de zin", "eindigt met een punt."],
                ["De rechterkolom staat ernaast en", "wordt pas na de linker gelezen, want", "zo lees je een krant."])
            .Build();

        var report = await _workspace.ImportAsync(_workspace.Input("kolommen.pdf", pdf), new ImportOptions { Publisher = "SP" });

        var lines = (await File.ReadAllTextAsync(report.Documents[0].Path)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["Twee kolommen", "De linkerkolom begint hier en gaat verder op deze regel, tot de zin eindigt met een punt.",
            "De rechterkolom staat ernaast en wordt pas na de linker gelezen, want zo lees je een krant."], lines);
    }

    [Fact]
    public void Headings_stay_lines_of_their_own()
    {
        Assert.Contains("Een menswaardig asielbeleid", Lines);
        Assert.Contains("Opvang en procedures", Lines);
        Assert.Contains("Werk en integratie", Lines);
    }

    [Fact]
    public void The_list_keeps_its_lead_in_and_each_bullet_is_one_line()
    {
        var lines = Lines.ToList();
        var leadIn = lines.IndexOf("De Partij voor de Dieren wil:");
        Assert.True(leadIn >= 0, _text);
        Assert.Equal("• Kinderen worden nooit meer opgesloten in vreemdelingendetentie.", lines[leadIn + 1]);
        Assert.Equal("• Gezinshereniging wordt binnen drie maanden geregeld, zodat families niet jarenlang van elkaar gescheiden blijven.", lines[leadIn + 2]);
        Assert.StartsWith("• Asielzoekers mogen", lines[leadIn + 3], StringComparison.Ordinal);
    }

    [Fact]
    public void The_entry_is_drafted_from_the_document_and_the_register()
    {
        var document = Assert.Single(_report.Documents);
        var entry = document.Entry;
        Assert.Equal("PvdD", entry.Publisher);
        Assert.Contains("partij voor de dieren", entry.PartyAliases);
        Assert.Equal("Een menswaardig asielbeleid", entry.Title);
        Assert.Equal("een-menswaardig-asielbeleid.txt", entry.File);
        Assert.Equal("2025-06-14", entry.Date);
        Assert.False(entry.DateInferred);
        Assert.Equal(Answers.Model.Language.Nl, entry.Language);
        Assert.Equal("web", entry.Format);
        Assert.Equal(["PvdD"], document.Parties.SpeaksFor);
        Assert.Contains(document.Notes, n => n.StartsWith("title: Een menswaardig asielbeleid (from ", StringComparison.Ordinal));
        Assert.Contains(document.Notes, n => n == "language: nl (detected from the text)");
    }
}

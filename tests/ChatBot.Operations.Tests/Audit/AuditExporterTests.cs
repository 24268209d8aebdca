using System.Text.Json;
using ChatBot.Operations.Audit;
using ChatBot.Operations.Tests.Fakes;
using ChatBot.Operations.Tests.Storage;
using static ChatBot.Operations.Tests.Storage.AuditRecords;

namespace ChatBot.Operations.Tests.Audit;

public sealed class AuditExporterTests : IDisposable
{
    private readonly SqliteFixture _db = new();
    private static CancellationToken Ct => TestTimeout.Token;

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Json_lines_has_one_object_per_answer_with_the_question_unaltered()
    {
        var question = "Wat zegt <b>D66</b> & \"de VVD\" over\nasiel? é";
        var record = Answer(Noon(3), question: question);
        await _db.Store.WriteAsync([new AnswerAuditEntry(record), new AnswerAuditEntry(Answer(Noon(4))), new PinAuditEntry(Pin(record, Noon(5)))], Ct);
        using var output = new StringWriter();

        var count = await new AuditExporter(_db.Store).ExportAsync(new AuditQuery(), AuditExportFormat.JsonLines, output, Ct);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, count);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var root = first.RootElement;
        Assert.Equal(record.AnswerId.ToString(), root.GetProperty("answer_id").GetString());
        Assert.Equal(question, root.GetProperty("question").GetString());
        Assert.Equal("compare", root.GetProperty("kind").GetString());
        Assert.Equal("supported", root.GetProperty("verdict").GetString());
        var citation = root.GetProperty("citations")[0];
        Assert.Equal(("vvd-2023.md", 1200, 1386, "a1b2c3d4e5f60718"),
            (citation.GetProperty("file").GetString(), citation.GetProperty("start").GetInt32(), citation.GetProperty("end").GetInt32(), citation.GetProperty("content_hash").GetString()));
        Assert.Equal("7", root.GetProperty("pins")[0].GetProperty("pinned_by").GetString());
        Assert.Contains("é", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_quotes_commas_quotes_and_newlines_so_a_parser_reads_the_question_back()
    {
        var question = "Zegt de VVD \"nee\", of\r\njuist ja?";
        await _db.Store.WriteAsync([new AnswerAuditEntry(Answer(Noon(3), question: question))], Ct);
        using var output = new StringWriter();

        await new AuditExporter(_db.Store).ExportAsync(new AuditQuery(), AuditExportFormat.Csv, output, Ct);

        var rows = Csv.Parse(output.ToString());
        Assert.Equal(2, rows.Count);
        var header = rows[0];
        var row = rows[1];
        Assert.Equal(header.Count, row.Count);
        Assert.Equal(question, row[header.IndexOf("question")]);
        Assert.Equal("-100123", row[header.IndexOf("chat_id")]);
        Assert.Equal("vvd-2023.md[1200-1386]@a1b2c3d4e5f60718;glpvda-2023.md[10-90]@ffee001122334455", row[header.IndexOf("citations")]);
    }

    [Fact]
    public async Task Csv_defuses_a_question_a_spreadsheet_would_run_as_a_formula()
    {
        await _db.Store.WriteAsync([new AnswerAuditEntry(Answer(Noon(3), question: "=HYPERLINK(\"http://evil\")"))], Ct);
        using var output = new StringWriter();

        await new AuditExporter(_db.Store).ExportAsync(new AuditQuery(), AuditExportFormat.Csv, output, Ct);

        var rows = Csv.Parse(output.ToString());
        Assert.Equal("'=HYPERLINK(\"http://evil\")", rows[1][rows[0].IndexOf("question")]);
    }

    [Fact]
    public async Task Filters_reach_the_export_and_an_empty_result_writes_only_the_header()
    {
        await _db.Store.WriteAsync([new AnswerAuditEntry(Answer(Noon(3)))], Ct);
        using var output = new StringWriter();

        var count = await new AuditExporter(_db.Store).ExportAsync(new AuditQuery { PinnedOnly = true }, AuditExportFormat.Csv, output, Ct);

        Assert.Equal(0, count);
        Assert.Single(Csv.Parse(output.ToString()));
    }
}

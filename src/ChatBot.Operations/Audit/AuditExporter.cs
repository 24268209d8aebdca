using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ChatBot.Operations.Audit;

/// <summary>Writes the audit trail as JSON Lines or CSV for the `audit` CLI verb.</summary>
public sealed class AuditExporter(IAuditStore store)
{
    private static readonly string[] CsvHeader =
    [
        "answer_id", "answered_at", "platform", "chat_id", "asker_id", "language", "kind", "mode", "abstained",
        "abstain_reason", "verdict", "latency_ms", "corpus_version", "citations", "pinned_by", "pinned_at", "question",
    ];

    /// <summary>Exports the records matching <paramref name="query"/>; returns how many were written.</summary>
    public async Task<int> ExportAsync(AuditQuery query, AuditExportFormat format, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(output);
        var records = await store.QueryAsync(query, cancellationToken).ConfigureAwait(false);
        if (format == AuditExportFormat.Csv)
        {
            await output.WriteLineAsync(string.Join(',', CsvHeader).AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        foreach (var record in records)
        {
            var line = format == AuditExportFormat.Csv ? ToCsv(record) : ToJson(record);
            await output.WriteLineAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return records.Count;
    }

    // A file for people and scripts, not HTML: keep "é", "<" and "&" readable instead of \u escapes.
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = AuditJsonContext.Default,
    };

    internal static string ToJson(AuditRecord record) =>
        JsonSerializer.Serialize(AuditJsonLine.From(record), JsonOptions);

    internal static string ToCsv(AuditRecord r)
    {
        var pin = r.Pins.Count > 0 ? r.Pins[0] : null;
        string?[] cells =
        [
            r.AnswerId.ToString(), Time(r.AnsweredAt), r.Platform, r.ChatId, r.AskerId, AuditCodes.Language(r.Language),
            AuditCodes.Kind(r.Kind), AuditCodes.Mode(r.Mode), r.Abstained ? "true" : "false",
            r.AbstainReason is { } reason ? AuditCodes.Reason(reason) : null, r.Verdict is { } v ? AuditCodes.Verdict(v) : null,
            r.LatencyMs.ToString("0.###", CultureInfo.InvariantCulture), r.CorpusVersion,
            string.Join(';', r.Citations.Select(c => $"{c.File}[{c.Start}-{c.End}]@{c.ContentHash}")),
            string.Join(';', r.Pins.Select(p => p.PinnedByUserId)), pin is null ? null : Time(pin.PinnedAt), r.Question,
        ];
        // Only the question is free text typed by a user; ids such as Telegram's "-100…" must stay as they are.
        return string.Join(',', cells.Select((c, i) => Cell(c, guardFormula: i == cells.Length - 1)));
    }

    private static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>RFC 4180 quoting, plus a leading apostrophe for text a spreadsheet would run as a formula.</summary>
    internal static string Cell(string? value, bool guardFormula)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (guardFormula && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        var needsQuotes = value.AsSpan().IndexOfAny(",\"\r\n") >= 0;
        return needsQuotes ? new StringBuilder(value.Length + 2).Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString() : value;
    }
}

using System.Globalization;

namespace ChatBot.Operations.Audit;

/// <summary>Reads the CLI's --since value: a relative age ("30m", "24h", "7d") or a date/time ("2026-03-01", ISO 8601, UTC if no offset).</summary>
public static class AuditSince
{
    public static bool TryParse(string? text, DateTimeOffset now, out DateTimeOffset since)
    {
        since = default;
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        if (value.Length >= 2 && int.TryParse(value.AsSpan(0, value.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount) && amount <= 36_500 * 24 * 60)
        {
            TimeSpan? age = char.ToLowerInvariant(value[^1]) switch
            {
                'm' => TimeSpan.FromMinutes(amount),
                'h' => TimeSpan.FromHours(amount),
                'd' => TimeSpan.FromDays(amount),
                _ => null,
            };
            // At most a century back, whatever the unit, so no age runs past the earliest date.
            if (age is { } a && a <= TimeSpan.FromDays(36_500))
            {
                since = now - a;
                return true;
            }
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out since);
    }

    /// <summary>"jsonl"/"json"/"jsonlines" or "csv", case-insensitive.</summary>
    public static bool TryParseFormat(string? text, out AuditExportFormat format)
    {
        (var ok, format) = text?.Trim().ToLowerInvariant() switch
        {
            "jsonl" or "json" or "jsonlines" or "ndjson" => (true, AuditExportFormat.JsonLines),
            "csv" => (true, AuditExportFormat.Csv),
            _ => (false, AuditExportFormat.JsonLines),
        };
        return ok;
    }
}

namespace ChatBot.Operations.Audit;

/// <summary>Formats of the audit CLI verb.</summary>
public enum AuditExportFormat
{
    /// <summary>One JSON object per line (snake_case fields, citations nested).</summary>
    JsonLines,
    /// <summary>RFC 4180 CSV, one row per answer, citations in one cell.</summary>
    Csv,
}

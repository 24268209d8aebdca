using System.ComponentModel.DataAnnotations;

namespace ChatBot.Operations.Audit;

/// <summary>Section "Audit": where the embedded SQLite store lives, how long records are kept, queue size.</summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>Folder for the SQLite file (audit.db); relative paths are taken from the working directory.</summary>
    [Required(AllowEmptyStrings = false)] public string DataFolder { get; set; } = "data";

    [Range(1, 36_500)] public int RetentionDays { get; set; } = 180;

    /// <summary>How often retention runs.</summary>
    [Range(1, 10_080)] public int RetentionIntervalMinutes { get; set; } = 60;

    /// <summary>Entries waiting for the writer; beyond this an entry is dropped, logged and counted.</summary>
    [Range(1, 1_000_000)] public int QueueCapacity { get; set; } = 10_000;
}

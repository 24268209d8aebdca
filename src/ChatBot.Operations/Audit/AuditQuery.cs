namespace ChatBot.Operations.Audit;

/// <summary>Filters for listing and exporting the trail; null means "any". Results are oldest first.</summary>
public sealed record AuditQuery
{
    public DateTimeOffset? Since { get; init; }
    public string? Platform { get; init; }
    public string? ChatId { get; init; }
    public bool PinnedOnly { get; init; }
    /// <summary>Upper bound on rows so an export of a huge trail stays bounded; raise it on purpose.</summary>
    public int Limit { get; init; } = 100_000;
}

namespace ChatBot.Operations.Audit;

/// <summary>Where the trail lives: SQLite by default, PostgreSQL when several processes share it.</summary>
public interface IAuditStore
{
    /// <summary>Writes a batch in one transaction; a pin for an answer another process audited is kept as well.</summary>
    Task WriteAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken);

    Task<IReadOnlyList<AuditRecord>> QueryAsync(AuditQuery query, CancellationToken cancellationToken);

    /// <summary>Deletes answers (with their citations and pins) older than <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}

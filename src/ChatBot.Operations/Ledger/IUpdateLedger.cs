namespace ChatBot.Operations.Ledger;

/// <summary>
/// Shared idempotency keys and offsets, so several bot processes on one database never answer an update twice.
/// SQLite for one machine, PostgreSQL for many.
/// </summary>
public interface IUpdateLedger
{
    /// <summary>True for exactly one caller per (platform, updateKey), across all processes on the same database.</summary>
    Task<bool> TryClaimAsync(string platform, string updateKey, CancellationToken cancellationToken);

    Task<long?> GetOffsetAsync(string key, CancellationToken cancellationToken);

    Task SetOffsetAsync(string key, long value, CancellationToken cancellationToken);

    /// <summary>Forgets claims older than <paramref name="cutoff"/> (platforms stop redelivering long before).</summary>
    Task<int> DeleteClaimsOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}

using ChatBot.Operations.Ledger;
using static ChatBot.Operations.Storage.SchemaMigrator;

namespace ChatBot.Operations.Storage;

/// <summary>
/// Claims and offsets in SQL. A claim is an INSERT that only one process can win (primary key + ON CONFLICT DO
/// NOTHING), which makes "answer once" hold across processes sharing the database.
/// </summary>
internal sealed class SqlUpdateLedger(ISqlDatabase database, TimeProvider time) : IUpdateLedger
{
    public async Task<bool> TryClaimAsync(string platform, string updateKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(platform);
        ArgumentException.ThrowIfNullOrEmpty(updateKey);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO update_claims (platform, update_key, claimed_at) VALUES (@platform, @key, @at)
            ON CONFLICT (platform, update_key) DO NOTHING
            """;
        AddParameter(command, "platform", platform);
        AddParameter(command, "key", updateKey);
        AddParameter(command, "at", database.ToDbTime(time.GetUtcNow()));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<long?> GetOffsetAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM offsets WHERE offset_key = @key";
        AddParameter(command, "key", key);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? null : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task SetOffsetAsync(string key, long value, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO offsets (offset_key, value, updated_at) VALUES (@key, @value, @at)
            ON CONFLICT (offset_key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
            """;
        AddParameter(command, "key", key);
        AddParameter(command, "value", value);
        AddParameter(command, "at", database.ToDbTime(time.GetUtcNow()));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> DeleteClaimsOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM update_claims WHERE claimed_at < @cutoff";
        AddParameter(command, "cutoff", database.ToDbTime(cutoff));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}

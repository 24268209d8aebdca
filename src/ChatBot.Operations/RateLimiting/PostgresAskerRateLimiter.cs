using ChatBot.Answers.Model;
using ChatBot.Answers.Operations;
using ChatBot.Operations.Storage.Postgres;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ChatBot.Operations.RateLimiting;

/// <summary>
/// The RateLimits section enforced across all processes: fixed one-minute windows counted in PostgreSQL with an
/// atomic upsert, per user and per chat. The user's count is checked first, so a flooding user spends only their own.
/// </summary>
internal sealed class PostgresAskerRateLimiter(PostgresDatabase database, IOptions<RateLimitOptions> options, TimeProvider time) : IAskerRateLimiter
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public async ValueTask<RateLimitDecision> TryAcquireAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var windowStart = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % Window.Ticks), TimeSpan.Zero);
        var retryAfter = windowStart + Window - now;
        var o = options.Value;
        await using var connection = (NpgsqlConnection)await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (await HitAsync(connection, $"{conversation.Platform}:u:{conversation.UserId}", windowStart, cancellationToken).ConfigureAwait(false) > o.PerUserPerMinute)
        {
            return new RateLimitDecision(false, retryAfter);
        }

        if (await HitAsync(connection, $"{conversation.Platform}:c:{conversation.ChatId}", windowStart, cancellationToken).ConfigureAwait(false) > o.PerChatPerMinute)
        {
            return new RateLimitDecision(false, retryAfter);
        }

        return RateLimitDecision.Allow;
    }

    private static async Task<int> HitAsync(NpgsqlConnection connection, string bucket, DateTimeOffset windowStart, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            INSERT INTO rate_limit_windows (bucket, window_start, hits) VALUES (@bucket, @start, 1)
            ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_windows.hits + 1
            RETURNING hits
            """, connection);
        command.Parameters.AddWithValue("bucket", bucket);
        command.Parameters.AddWithValue("start", windowStart);
        return (int)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>Old windows are useless after a minute; retention removes those older than an hour.</summary>
    public async Task<int> DeleteWindowsOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = (NpgsqlConnection)await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("DELETE FROM rate_limit_windows WHERE window_start < @cutoff", connection);
        command.Parameters.AddWithValue("cutoff", cutoff);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}

using ChatBot.Answers.Model;
using ChatBot.Answers.Operations;
using ChatBot.Operations.Audit;
using ChatBot.Operations.RateLimiting;
using ChatBot.Operations.Storage;
using ChatBot.Operations.Storage.Postgres;
using ChatBot.Operations.Tests.Fakes;
using Microsoft.Extensions.Options;
using static ChatBot.Operations.Tests.Storage.AuditRecords;

namespace ChatBot.Operations.Tests.Postgres;

/// <summary>The shared store on a real PostgreSQL server; each "process" is its own connection pool.</summary>
public sealed class PostgresStoreTests
{
    private static CancellationToken Ct => TestTimeout.Token;

    [PgFact]
    public async Task Two_processes_migrate_at_once_and_the_schema_ends_at_the_latest_version()
    {
        await using var schema = await PostgresTestSchema.CreateAsync(Ct);

        var versions = await Task.WhenAll(schema.NewDatabase().MigrateAsync(Ct), schema.NewDatabase().MigrateAsync(Ct));

        Assert.All(versions, v => Assert.Equal(PostgresSchema.Migrations.Count, v));
        Assert.Equal(PostgresSchema.Migrations.Count, await schema.ScalarAsync("SELECT COUNT(*) FROM schema_version", Ct));
    }

    [PgFact]
    public async Task An_answer_written_by_one_process_and_pinned_in_another_reads_back_whole()
    {
        await using var schema = await PostgresTestSchema.CreateAsync(Ct);
        var writer = new SqlAuditStore(schema.NewDatabase());
        var other = new SqlAuditStore(schema.NewDatabase());
        var record = Answer(Noon(2), question: "Wat zegt <b>D66</b> & \"de VVD\"? é");
        var older = Answer(Noon(1));

        await writer.WriteAsync([new AnswerAuditEntry(record), new AnswerAuditEntry(older)], Ct);
        await other.WriteAsync([new PinAuditEntry(Pin(record, Noon(3), by: "mod-3"))], Ct);
        var all = await other.QueryAsync(new AuditQuery { Since = Noon(2) }, Ct);
        var pinned = await writer.QueryAsync(new AuditQuery { PinnedOnly = true, ChatId = "-100123", Platform = "telegram" }, Ct);
        var deleted = await writer.DeleteOlderThanAsync(Noon(2), Ct);

        var read = Assert.Single(all);
        Assert.Equal(record with { Pins = read.Pins }, read with { Citations = record.Citations });
        Assert.Equal(record.Citations, read.Citations);
        Assert.Equal(new AuditPin("msg-1", "mod-3", Noon(3)), Assert.Single(read.Pins));
        Assert.Equal(record.AnswerId, Assert.Single(pinned).AnswerId);
        Assert.Equal(1, deleted);
    }

    [PgFact]
    public async Task Two_processes_claiming_the_same_updates_each_win_exactly_once()
    {
        await using var schema = await PostgresTestSchema.CreateAsync(Ct);
        var first = new SqlUpdateLedger(schema.NewDatabase(), TimeProvider.System);
        var second = new SqlUpdateLedger(schema.NewDatabase(), TimeProvider.System);
        var keys = Enumerable.Range(1, 50).Select(i => $"{1_000_000 + i}").ToList();

        var claims = await Task.WhenAll(keys.Select(async k =>
        {
            var results = await Task.WhenAll(first.TryClaimAsync("telegram", k, Ct), second.TryClaimAsync("telegram", k, Ct));
            return results.Count(won => won);
        }));

        Assert.All(claims, winners => Assert.Equal(1, winners));
        await first.SetOffsetAsync("telegram:offset", 1_000_050, Ct);
        Assert.Equal(1_000_050, await second.GetOffsetAsync("telegram:offset", Ct));
    }

    [PgFact]
    public async Task The_shared_rate_limiter_counts_one_users_questions_across_processes()
    {
        await using var schema = await PostgresTestSchema.CreateAsync(Ct);
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 10, TimeSpan.Zero));
        var options = Options.Create(new RateLimitOptions { PerUserPerMinute = 3, PerChatPerMinute = 100 });
        var a = new PostgresAskerRateLimiter(schema.NewDatabase(), options, clock);
        var b = new PostgresAskerRateLimiter(schema.NewDatabase(), options, clock);
        var flooder = new Conversation("discord", "guild", "flooder");
        var neighbour = new Conversation("discord", "guild", "neighbour");

        var decisions = new List<RateLimitDecision>();
        for (var i = 0; i < 5; i++)
        {
            decisions.Add(await (i % 2 == 0 ? a : b).TryAcquireAsync(flooder, Ct));
        }

        var neighbourDecision = await b.TryAcquireAsync(neighbour, Ct);
        clock.Now = clock.Now.AddMinutes(1);
        var nextMinute = await a.TryAcquireAsync(flooder, Ct);

        Assert.Equal([true, true, true, false, false], decisions.Select(d => d.Allowed));
        Assert.Equal(TimeSpan.FromSeconds(50), decisions[3].RetryAfter);
        Assert.True(neighbourDecision.Allowed);
        Assert.True(nextMinute.Allowed);
    }

    [PgFact]
    public async Task The_shared_rate_limiter_applies_the_chat_limit_across_users()
    {
        await using var schema = await PostgresTestSchema.CreateAsync(Ct);
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var options = Options.Create(new RateLimitOptions { PerUserPerMinute = 10, PerChatPerMinute = 2 });
        var a = new PostgresAskerRateLimiter(schema.NewDatabase(), options, clock);
        var b = new PostgresAskerRateLimiter(schema.NewDatabase(), options, clock);

        var first = await a.TryAcquireAsync(new Conversation("telegram", "-1", "u1"), Ct);
        var second = await b.TryAcquireAsync(new Conversation("telegram", "-1", "u2"), Ct);
        var third = await a.TryAcquireAsync(new Conversation("telegram", "-1", "u3"), Ct);
        var elsewhere = await b.TryAcquireAsync(new Conversation("telegram", "-2", "u3"), Ct);

        Assert.Equal([true, true, false, true], new[] { first, second, third, elsewhere }.Select(d => d.Allowed));
    }
}

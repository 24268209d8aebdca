using ChatBot.Operations.Audit;
using ChatBot.Operations.RateLimiting;
using ChatBot.Operations.Storage;
using ChatBot.Operations.Tests.Fakes;
using ChatBot.Operations.Tests.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using static ChatBot.Operations.Tests.Storage.AuditRecords;

namespace ChatBot.Operations.Tests.Audit;

public sealed class AuditRetentionServiceTests : IDisposable
{
    private readonly SqliteFixture _db = new();
    private static CancellationToken Ct => TestTimeout.Token;

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_sweep_removes_answers_older_than_the_configured_days_and_keeps_the_rest()
    {
        var clock = new ManualTimeProvider(Noon(20));
        var old = Answer(Noon(1));
        var recent = Answer(Noon(15));
        await _db.Store.WriteAsync([new AnswerAuditEntry(old), new AnswerAuditEntry(recent)], Ct);
        var logs = new CapturingLoggerProvider();
        var service = Service(_db.Store, clock, logs, retentionDays: 10);

        await service.SweepAsync(Ct);

        Assert.Equal([recent.AnswerId], (await _db.Store.QueryAsync(new AuditQuery(), Ct)).Select(r => r.AnswerId));
        Assert.Contains(logs.Entries, e => e.EventId == 6004 && e.Message.Contains("1 answers", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failing_sweep_is_logged_and_does_not_throw()
    {
        var logs = new CapturingLoggerProvider();
        var service = Service(new BrokenStore(), new ManualTimeProvider(Noon(20)), logs, retentionDays: 10);

        await service.SweepAsync(Ct);

        Assert.Contains(logs.Entries, e => e.EventId == 6005 && e.Level == LogLevel.Error);
    }

    private AuditRetentionService Service(IAuditStore store, TimeProvider clock, CapturingLoggerProvider logs, int retentionDays) => new(
        store,
        new SqlUpdateLedger(_db.Database, clock),
        Array.Empty<PostgresAskerRateLimiter>(),
        Options.Create(new AuditOptions { RetentionDays = retentionDays }),
        clock,
        logs.CreateFactory().CreateLogger<AuditRetentionService>());

    private sealed class BrokenStore : IAuditStore
    {
        public Task WriteAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<AuditRecord>> QueryAsync(AuditQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
            throw new IOException("disk full");
    }
}

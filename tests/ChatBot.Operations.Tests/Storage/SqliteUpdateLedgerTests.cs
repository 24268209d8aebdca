using ChatBot.Operations.Storage;
using ChatBot.Operations.Tests.Fakes;

namespace ChatBot.Operations.Tests.Storage;

public sealed class SqliteUpdateLedgerTests : IDisposable
{
    private readonly SqliteFixture _db = new();
    private static CancellationToken Ct => TestTimeout.Token;

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Two_processes_on_one_file_claim_each_update_exactly_once()
    {
        using var otherDatabase = _db.NewDatabase();
        var first = new SqlUpdateLedger(_db.Database, TimeProvider.System);
        var second = new SqlUpdateLedger(otherDatabase, TimeProvider.System);
        var keys = Enumerable.Range(1, 20).Select(i => $"update-{i}").ToList();

        var results = await Task.WhenAll(keys.SelectMany(k => new[]
        {
            first.TryClaimAsync("telegram", k, Ct),
            second.TryClaimAsync("telegram", k, Ct),
        }));

        Assert.Equal(keys.Count, results.Count(won => won));
        Assert.True(await first.TryClaimAsync("discord", "update-1", Ct), "the same key on another platform is a different update");
    }

    [Fact]
    public async Task Offsets_are_absent_until_set_and_then_overwritten()
    {
        var ledger = new SqlUpdateLedger(_db.Database, TimeProvider.System);

        var before = await ledger.GetOffsetAsync("telegram:offset", Ct);
        await ledger.SetOffsetAsync("telegram:offset", 100, Ct);
        await ledger.SetOffsetAsync("telegram:offset", 1_234_567_890_123, Ct);

        Assert.Null(before);
        Assert.Equal(1_234_567_890_123, await ledger.GetOffsetAsync("telegram:offset", Ct));
    }

    [Fact]
    public async Task Old_claims_are_forgotten_so_the_table_stays_small()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var ledger = new SqlUpdateLedger(_db.Database, clock);
        await ledger.TryClaimAsync("telegram", "old", Ct);
        clock.Now = clock.Now.AddDays(10);
        await ledger.TryClaimAsync("telegram", "new", Ct);

        var deleted = await ledger.DeleteClaimsOlderThanAsync(clock.Now.AddDays(-7), Ct);

        Assert.Equal(1, deleted);
        Assert.False(await ledger.TryClaimAsync("telegram", "new", Ct));
    }
}

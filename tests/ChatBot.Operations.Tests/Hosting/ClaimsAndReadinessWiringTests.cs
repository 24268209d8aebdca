using ChatBot.Answers;
using ChatBot.Answers.Operations;
using ChatBot.Operations.Health;
using ChatBot.Operations.Hosting;
using ChatBot.Operations.Ledger;
using ChatBot.Operations.Tests.Fakes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Operations.Tests.Hosting;

public sealed class ClaimsAndReadinessWiringTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private static CancellationToken Ct => TestTimeout.Token;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Of_two_instances_on_one_sqlite_ledger_exactly_one_claims_each_update()
    {
        using var first = Build();
        using var second = Build();
        await first.StartAsync(Ct);
        await second.StartAsync(Ct);
        var a = first.Services.GetRequiredService<IUpdateClaims>();
        var b = second.Services.GetRequiredService<IUpdateClaims>();
        var keys = Enumerable.Range(1, 25).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        var won = await Task.WhenAll(keys.Select(async k =>
        {
            var results = await Task.WhenAll(a.TryClaimAsync("telegram", k, Ct), b.TryClaimAsync("telegram", k, Ct));
            return results.Count(r => r);
        }));
        var again = await a.TryClaimAsync("telegram", "1", Ct);
        await first.StopAsync(Ct);
        await second.StopAsync(Ct);

        Assert.IsNotType<RecentUpdateClaims>(a);
        Assert.All(won, count => Assert.Equal(1, count));
        Assert.False(again);
    }

    [Fact]
    public void Reports_flip_the_readiness_registry_signal_of_that_component()
    {
        using var host = Build();
        var reporter = host.Services.GetRequiredService<IReadinessReporter>();
        var registry = host.Services.GetRequiredService<ReadinessRegistry>();

        reporter.Report("telegram", false, "connecting");
        var before = registry.IsReady;
        reporter.Report("telegram", true, "polling");
        reporter.Report("corpus", true, "12 documents");

        Assert.False(before);
        Assert.True(registry.IsReady);
        Assert.Equal(["corpus", "telegram"], registry.Signals.Select(s => s.Name));
        Assert.Equal("12 documents", registry.Signals[0].State.Detail);
    }

    [Fact]
    public async Task An_unreachable_ledger_answers_anyway_with_a_warning()
    {
        var logs = new CapturingLoggerProvider();
        using var factory = logs.CreateFactory();
        var claims = new LedgerUpdateClaims(new BrokenLedger(), factory.CreateLogger<LedgerUpdateClaims>());

        var claimed = await claims.TryClaimAsync("discord", "message:1", Ct);

        Assert.True(claimed);
        Assert.Contains(logs.Entries, e => e is { Level: LogLevel.Warning, EventId: 6201 } && e.Message.Contains("discord", StringComparison.Ordinal));
    }

    private IHost Build()
    {
        var builder = TestHost.Builder(new Dictionary<string, string?> { ["Audit:DataFolder"] = _folder.Path });
        builder.Services.AddSingleton<IAnswerService, FakeAnswerService>();
        // What AddAnswers registers; AddOperations must replace both.
        builder.Services.TryAddSingleton<IUpdateClaims, RecentUpdateClaims>();
        builder.Services.TryAddSingleton<IReadinessReporter, NullReadinessReporter>();
        builder.AddOperations();
        return builder.Build();
    }

    private sealed class BrokenLedger : IUpdateLedger
    {
        public Task<bool> TryClaimAsync(string platform, string updateKey, CancellationToken cancellationToken) =>
            throw new SqliteException("database is locked", 5);

        public Task<long?> GetOffsetAsync(string key, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task SetOffsetAsync(string key, long value, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<int> DeleteClaimsOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}

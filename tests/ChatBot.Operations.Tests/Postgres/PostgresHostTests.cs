using ChatBot.Answers;
using ChatBot.Answers.Model;
using ChatBot.Answers.Operations;
using ChatBot.Operations.Audit;
using ChatBot.Operations.Hosting;
using ChatBot.Operations.Ledger;
using ChatBot.Operations.Storage;
using ChatBot.Operations.Storage.Postgres;
using ChatBot.Operations.Tests.Fakes;
using ChatBot.Operations.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Operations.Tests.Postgres;

/// <summary>Two bot hosts configured with CHATBOT_POSTGRES share the trail, the ledger and the rate limits.</summary>
public sealed class PostgresHostTests
{
    private static CancellationToken Ct => TestTimeout.Token;

    [PgFact]
    public async Task Two_hosts_on_one_database_share_the_trail_the_ledger_and_the_rate_limits()
    {
        await using var schema = await PostgresTestSchema.CreateAsync(Ct);
        using var first = BuildHost(schema.ConnectionString);
        using var second = BuildHost(schema.ConnectionString);
        await first.StartAsync(Ct);
        await second.StartAsync(Ct);
        var asker = new Conversation("telegram", "-100", "flooder");

        var answer = await first.Services.GetRequiredService<IAnswerService>().AnswerAsync(new AnswerRequest("Wat vindt de VVD?", asker), Ct);
        await second.Services.GetRequiredService<IPinLog>().RecordPinAsync(new PinRecord(answer.AnswerId, asker, "m9", "mod-2", DateTimeOffset.UtcNow), Ct);
        var claims = new[]
        {
            await first.Services.GetRequiredService<IUpdateLedger>().TryClaimAsync("telegram", "update-1", Ct),
            await second.Services.GetRequiredService<IUpdateLedger>().TryClaimAsync("telegram", "update-1", Ct),
        };
        var limits = new List<bool>();
        for (var i = 0; i < 3; i++)
        {
            var host = i % 2 == 0 ? first : second;
            limits.Add((await host.Services.GetRequiredService<IAskerRateLimiter>().TryAcquireAsync(asker, Ct)).Allowed);
        }

        await first.StopAsync(Ct);
        await second.StopAsync(Ct);

        Assert.IsType<PostgresDatabase>(first.Services.GetRequiredService<ISqlDatabase>());
        var record = Assert.Single(await second.Services.GetRequiredService<IAuditStore>().QueryAsync(new AuditQuery { PinnedOnly = true }, Ct));
        Assert.Equal(answer.AnswerId, record.AnswerId);
        Assert.Equal("mod-2", Assert.Single(record.Pins).PinnedByUserId);
        Assert.Equal([true, false], claims);
        Assert.Equal([true, true, false], limits);
    }

    private static IHost BuildHost(string connectionString)
    {
        var builder = TestHost.Builder(new Dictionary<string, string?>
        {
            ["CHATBOT_POSTGRES"] = connectionString,
            ["RateLimits:PerUserPerMinute"] = "2",
            ["RateLimits:PerChatPerMinute"] = "100",
        });
        builder.Services.AddSingleton<IAnswerService, FakeAnswerService>();
        // A fixed clock: the three rate-limited questions must fall in one window even at a minute's edge.
        builder.Services.AddSingleton<TimeProvider>(new ManualTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero)));
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section);
        builder.AddOperations();
        return builder.Build();
    }
}

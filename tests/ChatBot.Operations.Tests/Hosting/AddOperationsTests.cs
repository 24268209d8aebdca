using ChatBot.Answers;
using ChatBot.Answers.Model;
using ChatBot.Answers.Operations;
using ChatBot.Operations.Audit;
using ChatBot.Operations.Hosting;
using ChatBot.Operations.Storage;
using ChatBot.Operations.Storage.Sqlite;
using ChatBot.Operations.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Operations.Tests.Hosting;

public sealed class AddOperationsTests : IDisposable
{
    private static readonly Conversation Asker = new("discord", "guild-1", "user-9");
    private readonly TempFolder _folder = new();
    private static CancellationToken Ct => TestTimeout.Token;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_registered_answer_service_is_wrapped_and_answers_and_pins_reach_the_sqlite_trail()
    {
        var builder = TestHost.Builder(new Dictionary<string, string?> { ["Audit:DataFolder"] = _folder.Path });
        var inner = new FakeAnswerService();
        builder.Services.AddSingleton<IAnswerService>(inner);
        builder.Services.AddSingleton<IPinLog, IgnoringPinLog>();
        builder.AddOperations();

        Answer answer;
        using (var host = builder.Build())
        {
            await host.StartAsync(Ct);
            var service = host.Services.GetRequiredService<IAnswerService>();
            answer = await service.AnswerAsync(new AnswerRequest("Wat vindt de VVD van asiel?", Asker), Ct);
            await host.Services.GetRequiredService<IPinLog>().RecordPinAsync(new PinRecord(answer.AnswerId, Asker, "m1", "mod-1", DateTimeOffset.UtcNow), Ct);
            await host.StopAsync(Ct);
            Assert.IsType<AuditingAnswerService>(service);
        }

        using var database = new SqliteDatabase(TestServices.AuditOptions(_folder.Path));
        var record = Assert.Single(await new SqlAuditStore(database).QueryAsync(new AuditQuery { PinnedOnly = true }, Ct));
        Assert.Equal(1, inner.Calls);
        Assert.Equal(answer.AnswerId, record.AnswerId);
        Assert.Equal(("discord", "guild-1", "user-9"), (record.Platform, record.ChatId, record.AskerId));
        Assert.Equal("mod-1", Assert.Single(record.Pins).PinnedByUserId);
    }

    [Fact]
    public async Task A_type_registration_is_wrapped_too_and_calling_twice_audits_once()
    {
        var builder = TestHost.Builder(new Dictionary<string, string?> { ["Audit:DataFolder"] = _folder.Path });
        builder.Services.AddSingleton<IAnswerService, FakeAnswerService>();
        builder.AddOperations();
        builder.AddOperations();

        using var host = builder.Build();
        var service = host.Services.GetRequiredService<IAnswerService>();
        await service.AnswerAsync(new AnswerRequest("vraag", Asker), Ct);

        Assert.IsType<AuditingAnswerService>(service);
        Assert.Equal(1, host.Services.GetRequiredService<FakeAnswerService>().Calls);
        Assert.Equal(1, host.Services.GetRequiredService<AuditQueue>().Depth);
    }

    [Fact]
    public void Without_an_answer_service_registered_first_the_error_says_what_to_call()
    {
        var builder = TestHost.Builder(new Dictionary<string, string?>());

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddOperations());

        Assert.Contains("AddAnswers", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zero_queue_capacity_stops_the_start_naming_the_key()
    {
        var builder = TestHost.Builder(new Dictionary<string, string?> { ["Audit:DataFolder"] = _folder.Path, ["Audit:QueueCapacity"] = "0" });
        builder.Services.AddSingleton<IAnswerService, FakeAnswerService>();
        builder.AddOperations();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains("QueueCapacity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_postgres_connection_string_stops_the_start_without_showing_the_password()
    {
        var builder = TestHost.Builder(new Dictionary<string, string?> { ["CHATBOT_POSTGRES"] = "Host=db;Password=hunter2;Colour=blue" });
        builder.Services.AddSingleton<IAnswerService, FakeAnswerService>();
        builder.AddOperations();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains("Operations:PostgresConnectionString", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_default_limiter_from_add_answers_a_refusal_says_the_wait_until_the_window_ends()
    {
        var builder = TestHost.Builder(new Dictionary<string, string?> { ["Audit:DataFolder"] = _folder.Path, ["RateLimits:PerUserPerMinute"] = "1" });
        builder.AddAnswers(); // its token bucket can only answer "60 s"
        builder.AddOperations();
        using var host = builder.Build();
        var limiter = host.Services.GetRequiredService<IAskerRateLimiter>();

        Assert.True((await limiter.TryAcquireAsync(Asker, Ct)).Allowed);
        var refused = await limiter.TryAcquireAsync(Asker, Ct);

        Assert.False(refused.Allowed);
        var now = DateTimeOffset.UtcNow;
        var windowEnd = new DateTimeOffset((now.UtcTicks / TimeSpan.TicksPerMinute + 1) * TimeSpan.TicksPerMinute, TimeSpan.Zero);
        Assert.InRange(refused.RetryAfter!.Value, windowEnd - now - TimeSpan.FromSeconds(5), windowEnd - now + TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task The_registered_rate_limiter_keeps_its_decisions_when_counted()
    {
        var builder = TestHost.Builder(new Dictionary<string, string?> { ["Audit:DataFolder"] = _folder.Path });
        builder.Services.AddSingleton<IAnswerService, FakeAnswerService>();
        builder.Services.AddSingleton<IAskerRateLimiter, RefusingRateLimiter>();
        builder.AddOperations();
        using var host = builder.Build();

        var decision = await host.Services.GetRequiredService<IAskerRateLimiter>().TryAcquireAsync(Asker, Ct);

        Assert.False(decision.Allowed);
        Assert.Equal(TimeSpan.FromSeconds(30), decision.RetryAfter);
    }

    [Fact]
    public async Task Without_postgres_the_embedded_sqlite_store_is_used_and_migrated_at_start()
    {
        var builder = TestHost.Builder(new Dictionary<string, string?> { ["Audit:DataFolder"] = Path.Combine(_folder.Path, "nested") });
        builder.Services.AddSingleton<IAnswerService, FakeAnswerService>();
        builder.AddOperations();
        using var host = builder.Build();

        await host.StartAsync(Ct);
        await host.StopAsync(Ct);

        Assert.IsType<SqliteDatabase>(host.Services.GetRequiredService<ISqlDatabase>());
        Assert.True(File.Exists(Path.Combine(_folder.Path, "nested", SqliteDatabase.FileName)));
    }

    private sealed class IgnoringPinLog : IPinLog
    {
        public Task RecordPinAsync(PinRecord pin, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class RefusingRateLimiter : IAskerRateLimiter
    {
        public ValueTask<RateLimitDecision> TryAcquireAsync(Conversation conversation, CancellationToken cancellationToken) =>
            ValueTask.FromResult(new RateLimitDecision(false, TimeSpan.FromSeconds(30)));
    }
}

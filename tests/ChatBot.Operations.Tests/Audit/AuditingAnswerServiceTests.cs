using ChatBot.Answers;
using ChatBot.Answers.Model;
using ChatBot.Answers.Operations;
using ChatBot.Operations.Audit;
using ChatBot.Operations.Tests.Fakes;
using Microsoft.Extensions.Logging;

namespace ChatBot.Operations.Tests.Audit;

public sealed class AuditingAnswerServiceTests
{
    private static readonly Conversation Asker = new("telegram", "-100123", "42");
    private static CancellationToken Ct => TestTimeout.Token;

    [Fact]
    public async Task Answers_are_returned_while_a_slow_store_has_written_nothing()
    {
        var store = new GatedAuditStore();
        await using var pipeline = new AuditPipeline(store);
        await pipeline.Writer.StartAsync(Ct);

        var answers = new List<Answer>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await pipeline.Service.AnswerAsync(new AnswerRequest($"Vraag {i}", Asker), Ct).WaitAsync(TestTimeout.Limit));
        }

        var writtenWhileAnswering = store.Written.Count;
        store.Open();
        await pipeline.Writer.StopAsync(Ct);

        Assert.Equal(0, writtenWhileAnswering);
        Assert.Equal(answers.Select(a => a.AnswerId), store.Written.OfType<AnswerAuditEntry>().Select(e => e.Record.AnswerId));
    }

    [Fact]
    public async Task A_full_queue_drops_the_entry_logs_and_counts_it_and_the_answer_still_comes()
    {
        var store = new GatedAuditStore();
        await using var pipeline = new AuditPipeline(store, capacity: 1);
        await pipeline.Writer.StartAsync(Ct);

        await pipeline.Service.AnswerAsync(new AnswerRequest("eerste", Asker), Ct);
        await store.FirstWriteStarted.WaitAsync(Ct); // the writer holds the first entry, blocked in the store
        await pipeline.Service.AnswerAsync(new AnswerRequest("tweede", Asker), Ct); // fills the queue
        var third = await pipeline.Service.AnswerAsync(new AnswerRequest("derde", Asker), Ct).WaitAsync(TestTimeout.Limit);

        Assert.Equal("derde", third.Question);
        Assert.Equal(1, pipeline.Queue.Dropped);
        var warning = Assert.Single(pipeline.Logs.Entries, e => e.EventId == 6001);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains(third.AnswerId.ToString(), warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("derde", warning.Message, StringComparison.Ordinal);
        store.Open();
        await pipeline.Writer.StopAsync(Ct);
        Assert.Equal(2, store.Written.Count);
    }

    [Fact]
    public async Task Shutdown_flushes_every_queued_entry_to_the_store()
    {
        var store = new GatedAuditStore();
        await using var pipeline = new AuditPipeline(store, capacity: 1000);
        await pipeline.Writer.StartAsync(Ct);
        for (var i = 0; i < 250; i++)
        {
            await pipeline.Service.AnswerAsync(new AnswerRequest($"Vraag {i}", Asker), Ct);
        }

        var stopping = pipeline.Writer.StopAsync(Ct);
        store.Open();
        await stopping.WaitAsync(TestTimeout.Limit);

        Assert.Equal(250, store.Written.Count);
        Assert.Equal(0, pipeline.Queue.Depth);
        Assert.Contains(pipeline.Logs.Entries, e => e.EventId == 6007);
    }

    [Fact]
    public async Task A_store_that_never_finishes_cannot_hold_up_shutdown_past_its_timeout()
    {
        var store = new GatedAuditStore();
        await using var pipeline = new AuditPipeline(store);
        await pipeline.Writer.StartAsync(Ct);
        await pipeline.Service.AnswerAsync(new AnswerRequest("vraag", Asker), Ct);
        await pipeline.Service.AnswerAsync(new AnswerRequest("vraag", Asker), Ct);
        using var shutdown = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await pipeline.Writer.StopAsync(shutdown.Token).WaitAsync(TestTimeout.Limit);

        Assert.Empty(store.Written);
        Assert.Contains(pipeline.Logs.Entries, e => e.EventId == 6003 && e.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task The_record_carries_asker_id_cited_offsets_hashes_and_the_corpus_version_of_the_moment()
    {
        var store = new GatedAuditStore(open: true);
        var catalog = new FakeSourceCatalog();
        await using var pipeline = new AuditPipeline(store, catalog: catalog);
        await pipeline.Writer.StartAsync(Ct);

        await pipeline.Service.AnswerAsync(new AnswerRequest("voor", Asker), Ct);
        catalog.Documents = [FakeSourceCatalog.Document("vvd-2023.md", "changed0000000000"), catalog.Documents[1]];
        await pipeline.Service.AnswerAsync(new AnswerRequest("na", Asker), Ct);
        await pipeline.Writer.StopAsync(Ct);

        var records = store.Written.OfType<AnswerAuditEntry>().Select(e => e.Record).ToList();
        Assert.Equal(2, records.Count);
        var first = records[0];
        Assert.Equal(("telegram", "-100123", "42", "voor"), (first.Platform, first.ChatId, first.AskerId, first.Question));
        Assert.Equal(3, first.Citations.Count);
        Assert.Equal(new AuditCitation("vvd-2023.md", 1200, 1386, "a1b2c3d4e5f60718", "VVD", "2023-09-01"), first.Citations[0]);
        Assert.Matches("^[0-9a-f]{16}$", first.CorpusVersion);
        Assert.NotEqual(first.CorpusVersion, records[1].CorpusVersion);
        Assert.True(first.LatencyMs >= 0);
    }

    [Fact]
    public async Task A_pin_is_recorded_through_the_queue_with_who_and_when()
    {
        var store = new GatedAuditStore(open: true);
        await using var pipeline = new AuditPipeline(store);
        await pipeline.Writer.StartAsync(Ct);
        var pin = new PinRecord(AnswerId.New(), Asker, "msg-77", "mod-5", DateTimeOffset.UtcNow);

        await new AuditPinLog(pipeline.Queue).RecordPinAsync(pin, Ct);
        await pipeline.Writer.StopAsync(Ct);

        Assert.Equal(pin, Assert.IsType<PinAuditEntry>(Assert.Single(store.Written)).Pin);
    }

    [Fact]
    public async Task A_failing_answer_service_is_not_audited_and_its_error_reaches_the_caller()
    {
        var store = new GatedAuditStore(open: true);
        await using var pipeline = new AuditPipeline(store, inner: new ThrowingAnswerService());
        await pipeline.Writer.StartAsync(Ct);

        await Assert.ThrowsAsync<InvalidOperationException>(() => pipeline.Service.AnswerAsync(new AnswerRequest("vraag", Asker), Ct));
        await pipeline.Writer.StopAsync(Ct);

        Assert.Empty(store.Written);
    }

    [Fact]
    public async Task A_store_that_fails_briefly_is_retried_and_nothing_is_lost()
    {
        var store = new FlakyAuditStore(failures: 2);
        var builder = new Polly.ResiliencePipelineBuilder();
        AuditStoreRetry.Configure(builder, TimeSpan.FromMilliseconds(1));
        await using var pipeline = new AuditPipeline(store, retry: new AuditStoreRetry(builder.Build()));
        await pipeline.Writer.StartAsync(Ct);

        await pipeline.Service.AnswerAsync(new AnswerRequest("vraag", Asker), Ct);
        await pipeline.Writer.StopAsync(Ct);

        Assert.Equal(3, store.Attempts);
        Assert.Single(store.Written);
        Assert.DoesNotContain(pipeline.Logs.Entries, e => e.EventId == 6002);
    }

    [Fact]
    public async Task A_store_that_keeps_failing_is_logged_as_an_error_and_the_writer_goes_on()
    {
        var store = new FlakyAuditStore(failures: int.MaxValue);
        await using var pipeline = new AuditPipeline(store);
        await pipeline.Writer.StartAsync(Ct);

        await pipeline.Service.AnswerAsync(new AnswerRequest("een", Asker), Ct);
        await pipeline.Service.AnswerAsync(new AnswerRequest("twee", Asker), Ct);
        await pipeline.Writer.StopAsync(Ct);

        Assert.Empty(store.Written);
        Assert.Contains(pipeline.Logs.Entries, e => e.EventId == 6002 && e.Level == LogLevel.Error);
        Assert.Contains(pipeline.Logs.Entries, e => e.EventId == 6007);
    }

    private sealed class FlakyAuditStore(int failures) : IAuditStore
    {
        private readonly List<AuditEntry> _written = [];

        public int Attempts { get; private set; }

        public IReadOnlyList<AuditEntry> Written => _written;

        public Task WriteAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
        {
            if (++Attempts <= failures)
            {
                throw new TimeoutException("database restarting");
            }

            _written.AddRange(entries);
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<AuditRecord>> QueryAsync(AuditQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) => throw new NotSupportedException();
    }

    private sealed class ThrowingAnswerService : IAnswerService
    {
        public Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("index unavailable");
    }
}

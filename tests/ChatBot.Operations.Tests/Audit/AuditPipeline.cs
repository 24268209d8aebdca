using ChatBot.Answers;
using ChatBot.Operations.Audit;
using ChatBot.Operations.Tests.Fakes;
using Microsoft.Extensions.Logging;

namespace ChatBot.Operations.Tests.Audit;

/// <summary>Decorator, queue and writer wired by hand around a fake answer service and a fake store.</summary>
internal sealed class AuditPipeline : IAsyncDisposable
{
    public AuditPipeline(IAuditStore store, int capacity = 100, IAnswerService? inner = null, FakeSourceCatalog? catalog = null, AuditStoreRetry? retry = null)
    {
        var metrics = TestServices.Metrics();
        Logs = new CapturingLoggerProvider();
        var loggers = Logs.CreateFactory();
        Queue = new AuditQueue(TestServices.AuditOptions(capacity: capacity), metrics, loggers.CreateLogger<AuditQueue>());
        Writer = new AuditWriterService(Queue, store, retry ?? AuditStoreRetry.None, metrics, loggers.CreateLogger<AuditWriterService>());
        Inner = inner ?? new FakeAnswerService();
        Service = new AuditingAnswerService(Inner, Queue, new CorpusVersion(catalog), metrics, TimeProvider.System, loggers.CreateLogger<AuditingAnswerService>());
    }

    public CapturingLoggerProvider Logs { get; }

    public AuditQueue Queue { get; }

    public AuditWriterService Writer { get; }

    public IAnswerService Inner { get; }

    public AuditingAnswerService Service { get; }

    public async ValueTask DisposeAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await Writer.StopAsync(cts.Token);
        Writer.Dispose();
    }
}

using System.Diagnostics.Metrics;
using ChatBot.Answers.Answering;
using ChatBot.Answers.Model;
using ChatBot.Answers.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Answers.Tests.Answering;

[Collection(SeedCorpusCollection.Name)]
public sealed class AnswerMetricsTests(SeedCorpusFixture seeds)
{
    [Fact]
    public async Task Each_searched_question_records_one_retrieval_duration()
    {
        // Arrange: the real meter factory, and a listener on the ChatBot meter.
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var metrics = new AnswerMetrics(services.GetRequiredService<IMeterFactory>());
        var service = new ExtractiveAnswerService(new FixedCorpusProvider(seeds.Snapshot), Options.Create(new AnswersOptions()),
            NullLogger<ExtractiveAnswerService>.Instance, metrics);
        var recorded = new List<double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == AnswerMetrics.MeterName && instrument.Name == "chatbot.retrieval.duration") l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<double>((_, value, _, _) => recorded.Add(value));
        listener.Start();

        // Act: one question that searches, one that is refused before any search.
        await service.AnswerAsync(AnswerRequest.FromCli("wat vindt bij1 van detentie?"), CancellationToken.None);
        await service.AnswerAsync(AnswerRequest.FromCli(""), CancellationToken.None);

        // Assert
        var duration = Assert.Single(recorded);
        Assert.True(duration > 0);
    }
}

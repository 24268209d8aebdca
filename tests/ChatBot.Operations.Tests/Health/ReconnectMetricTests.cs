using System.Diagnostics.Metrics;
using ChatBot.Operations.Health;
using ChatBot.Operations.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Operations.Tests.Health;

public sealed class ReconnectMetricTests
{
    [Fact]
    public void A_platform_that_comes_back_after_a_loss_counts_one_reconnect_per_return()
    {
        // Arrange
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var reporter = new RegistryReadinessReporter(new ReadinessRegistry([]), new ChatBotMetrics(services.GetRequiredService<IMeterFactory>()));
        var reconnects = new List<string?>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ChatBotMetrics.MeterName && instrument.Name == "chatbot.platform.reconnects") l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) => reconnects.Add(tags[0].Value as string));
        listener.Start();

        // Act: connecting → ready (first connect, not a reconnect) → lost → ready → lost → ready; ready twice in a row.
        reporter.Report("discord", false, "connecting");
        reporter.Report("discord", true, "ready");
        reporter.Report("discord", true, "resumed");
        reporter.Report("discord", false, "dropped");
        reporter.Report("discord", true, "resumed");
        reporter.Report("discord", false, "dropped");
        reporter.Report("discord", true, "ready");

        // Assert
        Assert.Equal(["discord", "discord"], reconnects);
    }
}

using System.Collections.Concurrent;
using ChatBot.Answers.Operations;
using ChatBot.Operations.Metrics;

namespace ChatBot.Operations.Health;

/// <summary>
/// Flips the <see cref="ReadinessRegistry"/> signal of each component (created on its first report), and counts a
/// platform reconnect each time a component that had been ready and then lost becomes ready again.
/// </summary>
internal sealed class RegistryReadinessReporter(ReadinessRegistry registry, ChatBotMetrics metrics) : IReadinessReporter
{
    private readonly ConcurrentDictionary<string, (bool WasReady, bool Lost)> _history = new(StringComparer.Ordinal);

    public void Report(string component, bool ready, string detail)
    {
        var signal = registry.Register(component);
        if (ready)
        {
            signal.MarkReady(detail);
        }
        else
        {
            signal.MarkNotReady(detail);
        }

        var (wasReady, lost) = _history.GetValueOrDefault(component);
        if (ready && wasReady && lost)
        {
            metrics.RecordReconnect(component);
        }

        _history[component] = ready ? (true, false) : (wasReady, wasReady);
    }
}

using ChatBot.Answers.Operations;

namespace ChatBot.Operations.Health;

/// <summary>Flips the <see cref="ReadinessRegistry"/> signal of each component (created on its first report).</summary>
internal sealed class RegistryReadinessReporter(ReadinessRegistry registry) : IReadinessReporter
{
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
    }
}

using System.Collections.Concurrent;

namespace ChatBot.Operations.Health;

/// <summary>
/// All readiness signals of the process: those registered in DI as <see cref="IReadinessSignal"/> plus those created
/// with <see cref="Register"/> (typically "corpus", "discord", "telegram").
/// </summary>
public sealed class ReadinessRegistry(IEnumerable<IReadinessSignal> registered)
{
    private readonly ConcurrentDictionary<string, IReadinessSignal> _signals =
        new(registered.Select(s => KeyValuePair.Create(s.Name, s)), StringComparer.OrdinalIgnoreCase);

    /// <summary>Returns the signal of that name, creating it not-ready on first use.</summary>
    public ReadinessSignal Register(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var signal = _signals.GetOrAdd(name, n => new ReadinessSignal(n));
        return signal as ReadinessSignal
            ?? throw new InvalidOperationException($"Readiness signal '{name}' is a custom IReadinessSignal and cannot be flipped here.");
    }

    public IReadOnlyList<IReadinessSignal> Signals => [.. _signals.Values.OrderBy(s => s.Name, StringComparer.Ordinal)];

    /// <summary>Ready when every signal is; with no signal registered there is nothing to wait for.</summary>
    public bool IsReady => _signals.Values.All(s => s.State.Ready);
}

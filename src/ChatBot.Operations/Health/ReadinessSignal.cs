namespace ChatBot.Operations.Health;

/// <summary>A signal its owner flips: the corpus loader after indexing, an adapter on connect and disconnect.</summary>
public sealed class ReadinessSignal(string name) : IReadinessSignal
{
    // A reference swapped whole, so readers never see a ready flag with a stale detail.
    private volatile ReadinessState _state = ReadinessState.NotStarted;

    public string Name { get; } = name;

    public ReadinessState State => _state;

    public void MarkReady(string detail = "ready") => _state = new ReadinessState(true, detail);

    public void MarkNotReady(string detail) => _state = new ReadinessState(false, detail);
}

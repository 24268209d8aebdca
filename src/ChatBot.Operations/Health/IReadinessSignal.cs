namespace ChatBot.Operations.Health;

/// <summary>
/// One thing the bot needs before it is ready (the corpus indexed, a platform connected). /readyz is 200 only when
/// every registered signal is ready.
/// </summary>
public interface IReadinessSignal
{
    string Name { get; }

    ReadinessState State { get; }
}

/// <summary>Ready or not, with a short reason shown by /readyz (no secrets, no user text).</summary>
public sealed record ReadinessState(bool Ready, string Detail)
{
    public static ReadinessState NotStarted { get; } = new(false, "not started");
}

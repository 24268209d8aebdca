namespace ChatBot.Answers.Operations;

/// <summary>
/// Lets the corpus and the chat adapters say whether they can serve (for /readyz) without depending on the
/// operations project. The default does nothing; AddOperations replaces it.
/// </summary>
public interface IReadinessReporter
{
    void Report(string component, bool ready, string detail);
}

/// <summary>The default when no health endpoint is wired: nobody asks, so nothing is kept.</summary>
public sealed class NullReadinessReporter : IReadinessReporter
{
    public void Report(string component, bool ready, string detail)
    {
    }
}

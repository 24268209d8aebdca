namespace ChatBot.Telegram.Polling;

/// <summary>
/// Where polling stands: the next update to ask for, plus updates at or above it already handled (a batch is
/// confirmed to Telegram only when all of it is done, so after a crash these are skipped, not answered twice).
/// </summary>
internal sealed record PollingState(int Offset, IReadOnlyList<int> Handled)
{
    public static PollingState Start { get; } = new(0, []);
}

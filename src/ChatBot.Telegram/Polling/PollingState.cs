using System.Text.Json;

namespace ChatBot.Telegram.Polling;

/// <summary>
/// Where polling stands: the next update id to ask Telegram for, and the updates already received (so confirmed
/// to Telegram) but not yet fully handled. Those are kept as raw JSON and handled again after a restart.
/// </summary>
internal sealed record PollingState(int Offset, IReadOnlyList<JsonElement> Pending)
{
    public static PollingState Start { get; } = new(0, []);
}

using System.Collections.Concurrent;
using ChatBot.Answers.Model;

namespace ChatBot.Answers.Conversations;

/// <summary>What the last answered question of a conversation was about: its sides (as named) and its topic words.</summary>
public sealed record LastTurn(IReadOnlyList<Answering.AnswerSide> Sides, IReadOnlyList<string> Topic, DateTimeOffset At);

/// <summary>
/// A short memory per conversation (platform, chat and asker: two askers in one group never share it), in memory only,
/// bounded in age and in the number of conversations held, so a follow-up ("en de PvdA?") can be read in context.
/// </summary>
public sealed class ConversationMemory(TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);
    public const int MaxConversations = 10_000;

    private readonly ConcurrentDictionary<Conversation, LastTurn> _turns = new();

    /// <summary>The last turn of this conversation, when it is recent.</summary>
    public LastTurn? Last(Conversation conversation) =>
        _turns.TryGetValue(conversation, out var turn) && time.GetUtcNow() - turn.At <= MaxAge ? turn : null;

    public void Remember(Conversation conversation, IReadOnlyList<Answering.AnswerSide> sides, IReadOnlyList<string> topic)
    {
        if (_turns.Count >= MaxConversations && !_turns.ContainsKey(conversation))
        {
            // Full: the oldest conversations make room (rare; a sweep rather than an ordered structure).
            var now = time.GetUtcNow();
            foreach (var (key, turn) in _turns)
            {
                if (now - turn.At > MaxAge) _turns.TryRemove(key, out _);
            }

            if (_turns.Count >= MaxConversations) _turns.TryRemove(_turns.MinBy(kv => kv.Value.At).Key, out _);
        }

        _turns[conversation] = new LastTurn(sides, topic, time.GetUtcNow());
    }
}

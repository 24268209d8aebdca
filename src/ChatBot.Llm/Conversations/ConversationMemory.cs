using ChatBot.Answers.Model;

namespace ChatBot.Llm.Conversations;

/// <summary>
/// Remembers the last exchange per chat so "en de PvdA?" can be resolved. Bounded: at most
/// <c>capacity</c> chats (least recently used dropped first) and only within the follow-up window.
/// </summary>
public sealed class ConversationMemory(int capacity, TimeSpan window, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, Exchange Exchange)>> _byChat = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, Exchange Exchange)> _recency = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _byChat.Count;
            }
        }
    }

    public Exchange? Last(Conversation conversation)
    {
        var key = Key(conversation);
        lock (_gate)
        {
            if (!_byChat.TryGetValue(key, out var node))
            {
                return null;
            }

            if (time.GetUtcNow() - node.Value.Exchange.At > window)
            {
                _recency.Remove(node);
                _byChat.Remove(key);
                return null;
            }

            return node.Value.Exchange;
        }
    }

    public void Remember(Conversation conversation, string question, string answerSummary)
    {
        var key = Key(conversation);
        var exchange = new Exchange(question, answerSummary, time.GetUtcNow());
        lock (_gate)
        {
            if (_byChat.Remove(key, out var old))
            {
                _recency.Remove(old);
            }

            _byChat[key] = _recency.AddFirst((key, exchange));
            while (_byChat.Count > capacity && _recency.Last is { } oldest)
            {
                _recency.RemoveLast();
                _byChat.Remove(oldest.Value.Key);
            }
        }
    }

    // Chats are per platform: the same id on Discord and Telegram are different chats.
    private static string Key(Conversation conversation) => $"{conversation.Platform}\n{conversation.ChatId}";
}

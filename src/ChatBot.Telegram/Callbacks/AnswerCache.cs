using System.Collections.Concurrent;
using ChatBot.Answers.Model;

namespace ChatBot.Telegram.Callbacks;

/// <summary>A rendered answer kept for its "more sources" button.</summary>
internal sealed record CachedAnswer(Answer Answer, IReadOnlyList<string> Pages);

/// <summary>
/// Bounded, in-memory, oldest-out: after a restart or when full, a button press gets a short "ask again" instead.
/// </summary>
internal sealed class AnswerCache(int capacity)
{
    private readonly ConcurrentDictionary<AnswerId, CachedAnswer> _answers = new();
    private readonly ConcurrentQueue<AnswerId> _order = new();

    public int Count => _answers.Count;

    public void Add(CachedAnswer answer)
    {
        if (!_answers.TryAdd(answer.Answer.AnswerId, answer))
        {
            return;
        }

        _order.Enqueue(answer.Answer.AnswerId);
        while (_answers.Count > capacity && _order.TryDequeue(out var oldest))
        {
            _answers.TryRemove(oldest, out _);
        }
    }

    public CachedAnswer? Find(AnswerId id) => _answers.TryGetValue(id, out var answer) ? answer : null;
}

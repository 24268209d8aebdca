using System.Collections.Concurrent;
using ChatBot.Answers.Model;

namespace ChatBot.Discord.Bot;

/// <summary>
/// Recent answers by id, so "More sources" and "📌 Pin" buttons can find theirs. Bounded: the oldest answers are
/// forgotten first; a button on a forgotten answer gets a polite "ask again".
/// </summary>
internal sealed class AnswerCache
{
    private const int Capacity = 1_000;
    private readonly ConcurrentDictionary<AnswerId, Answer> _answers = new();
    private readonly ConcurrentQueue<AnswerId> _order = new();

    public void Add(Answer answer)
    {
        if (_answers.TryAdd(answer.AnswerId, answer))
        {
            _order.Enqueue(answer.AnswerId);
        }

        while (_answers.Count > Capacity && _order.TryDequeue(out var oldest))
        {
            _answers.TryRemove(oldest, out _);
        }
    }

    public Answer? Find(AnswerId id) => _answers.TryGetValue(id, out var a) ? a : null;
}

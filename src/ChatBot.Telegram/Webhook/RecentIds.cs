namespace ChatBot.Telegram;

/// <summary>A bounded set of recently seen update ids (oldest forgotten first).</summary>
internal sealed class RecentIds(int capacity)
{
    private readonly HashSet<int> _ids = [];
    private readonly Queue<int> _order = new();
    private readonly Lock _lock = new();

    /// <summary>False when the id was already seen.</summary>
    public bool Add(int id)
    {
        lock (_lock)
        {
            if (!_ids.Add(id))
            {
                return false;
            }

            _order.Enqueue(id);
            if (_order.Count > capacity)
            {
                _ids.Remove(_order.Dequeue());
            }

            return true;
        }
    }
}

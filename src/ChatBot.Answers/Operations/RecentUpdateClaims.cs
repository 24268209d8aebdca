namespace ChatBot.Answers.Operations;

/// <summary>
/// In-process claims: a bounded memory of the most recent keys (oldest forgotten first), so a platform's duplicate
/// delivery is caught without growing forever. Platforms redeliver within minutes, long before a key is evicted.
/// </summary>
public sealed class RecentUpdateClaims : IUpdateClaims
{
    public const int DefaultCapacity = 100_000;

    private readonly Lock _gate = new();
    private readonly HashSet<(string Platform, string Key)> _seen = [];
    private readonly Queue<(string Platform, string Key)> _order = new();
    private readonly int _capacity;

    public RecentUpdateClaims()
        : this(DefaultCapacity)
    {
    }

    public RecentUpdateClaims(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _seen.Count;
            }
        }
    }

    public Task<bool> TryClaimAsync(string platform, string updateKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(platform);
        ArgumentException.ThrowIfNullOrEmpty(updateKey);
        var key = (platform, updateKey);
        lock (_gate)
        {
            if (!_seen.Add(key))
            {
                return Task.FromResult(false);
            }

            _order.Enqueue(key);
            if (_order.Count > _capacity)
            {
                _seen.Remove(_order.Dequeue());
            }

            return Task.FromResult(true);
        }
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using ChatBot.Telegram.Configuration;
using Microsoft.Extensions.Options;

namespace ChatBot.Telegram.Polling;

/// <summary>
/// Keeps <see cref="PollingState"/> in a small JSON file in the data folder, replaced atomically (temp file, rename).
/// An update is written here before Telegram is told it was received and removed once it is answered, so a
/// restart neither loses a question nor answers one twice.
/// </summary>
internal sealed class UpdateOffsetStore
{
    private readonly string _path;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _lock = new();
    private readonly SortedDictionary<int, JsonElement> _pending = [];
    private int _offset;
    private bool _dirty;

    public UpdateOffsetStore(IOptions<TelegramOptions> options)
    {
        var folder = Path.GetFullPath(options.Value.DataFolder);
        _path = Path.Combine(folder, options.Value.OffsetFile);
    }

    public string FilePath => _path;

    public int PendingCount
    {
        get
        {
            lock (_lock)
            {
                return _pending.Count;
            }
        }
    }

    public async Task<PollingState> LoadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(_path))
        {
            return PollingState.Start;
        }

        await using var stream = File.OpenRead(_path);
        var stored = await JsonSerializer.DeserializeAsync<StoredState>(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        lock (_lock)
        {
            _offset = stored?.Offset ?? 0;
            _pending.Clear();
            foreach (var update in stored?.Pending ?? [])
            {
                _pending[UpdateId(update)] = update.Clone();
            }

            return new PollingState(_offset, [.. _pending.Values]);
        }
    }

    /// <summary>A batch has arrived: keep it as pending and move the offset past it, in one write.</summary>
    public Task AcceptAsync(IReadOnlyList<JsonElement> updates, int nextOffset, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            foreach (var update in updates)
            {
                _pending[UpdateId(update)] = update.Clone();
            }

            _offset = Math.Max(_offset, nextOffset);
            _dirty = true;
        }

        return FlushAsync(cancellationToken);
    }

    /// <summary>The update is handled (answered, ignored or failed for good): forget it.</summary>
    public Task CompleteAsync(int updateId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _dirty |= _pending.Remove(updateId);
        }

        return FlushAsync(cancellationToken);
    }

    /// <summary>update_id of a raw update, or -1 when it has none.</summary>
    public static int UpdateId(JsonElement update) =>
        update.ValueKind == JsonValueKind.Object && update.TryGetProperty("update_id", out var id) && id.TryGetInt32(out var value) ? value : -1;

    /// <summary>
    /// Group commit: changes made while a write is running go out together in the next write, so parallel updates
    /// do not queue up behind one file write each. Finishes even while the host stops (<paramref name="cancellationToken"/>
    /// is not passed on): a lost write would mean a repeated or a lost answer.
    /// </summary>
    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        await _gate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            string json;
            lock (_lock)
            {
                if (!_dirty)
                {
                    return;
                }

                json = JsonSerializer.Serialize(new StoredState(_offset, [.. _pending.Values]));
                _dirty = false;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            var temp = _path + ".tmp";
            await File.WriteAllTextAsync(temp, json, CancellationToken.None).ConfigureAwait(false);
            File.Move(temp, _path, overwrite: true);
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed record StoredState(
        [property: JsonPropertyName("offset")] int Offset,
        [property: JsonPropertyName("pending")] IReadOnlyList<JsonElement>? Pending);
}

using System.Text.Json;
using System.Text.Json.Serialization;
using ChatBot.Telegram.Configuration;
using Microsoft.Extensions.Options;

namespace ChatBot.Telegram.Polling;

/// <summary>Keeps <see cref="PollingState"/> in a small JSON file, replaced atomically (write temp file, then rename).</summary>
internal sealed class UpdateOffsetStore
{
    private readonly string _path;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _offset;
    private readonly SortedSet<int> _handled = [];
    private bool _dirty;

    public UpdateOffsetStore(IOptions<TelegramOptions> options)
    {
        var folder = Path.GetFullPath(options.Value.DataFolder);
        _path = Path.Combine(folder, options.Value.OffsetFile);
    }

    public string FilePath => _path;

    public async Task<PollingState> LoadAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!File.Exists(_path))
            {
                return PollingState.Start;
            }

            await using var stream = File.OpenRead(_path);
            var stored = await JsonSerializer.DeserializeAsync<StoredState>(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
            _offset = stored?.Offset ?? 0;
            _handled.Clear();
            _handled.UnionWith((stored?.Handled ?? []).Where(id => id >= _offset));
            return new PollingState(_offset, [.. _handled]);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>One update of the current batch is done.</summary>
    public Task MarkHandledAsync(int updateId, CancellationToken cancellationToken)
    {
        lock (_handled)
        {
            _dirty |= _handled.Add(updateId);
        }

        return FlushAsync(cancellationToken);
    }

    /// <summary>The whole batch is done: ask Telegram for updates from <paramref name="offset"/> on.</summary>
    public Task AdvanceAsync(int offset, CancellationToken cancellationToken)
    {
        lock (_handled)
        {
            _dirty |= offset > _offset;
            _offset = Math.Max(_offset, offset);
            _handled.RemoveWhere(id => id < _offset);
        }

        return FlushAsync(cancellationToken);
    }

    /// <summary>
    /// Group commit: marks made while a write is running go out together in the next write, so parallel updates do
    /// not queue up behind one file write each. Finishes even while the host stops (<paramref name="cancellationToken"/>
    /// is not passed on): a lost mark would mean a repeated answer.
    /// </summary>
    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        await _gate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            string json;
            lock (_handled)
            {
                if (!_dirty)
                {
                    return;
                }

                json = JsonSerializer.Serialize(new StoredState(_offset, [.. _handled]));
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
        [property: JsonPropertyName("handled")] IReadOnlyList<int>? Handled);
}

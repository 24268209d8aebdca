using System.Text.Json;
using ChatBot.Telegram.Configuration;
using ChatBot.Telegram.Polling;
using Microsoft.Extensions.Options;

namespace ChatBot.Telegram.Tests.Polling;

public sealed class UpdateOffsetStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chatbot-offset-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Offset_and_unfinished_updates_survive_a_new_store_on_the_same_folder()
    {
        var first = Store();
        await first.LoadAsync(CancellationToken.None);
        await first.AcceptAsync([Update(12), Update(13), Update(14)], 15, CancellationToken.None);
        await first.CompleteAsync(13, CancellationToken.None);

        var state = await Store().LoadAsync(CancellationToken.None);

        Assert.Equal(15, state.Offset);
        Assert.Equal([12, 14], state.Pending.Select(UpdateOffsetStore.UpdateId));
        Assert.Equal("vraag 12", state.Pending[0].GetProperty("message").GetProperty("text").GetString());
        Assert.Equal(["telegram-offset.json"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Completed_updates_are_not_kept()
    {
        var store = Store();
        await store.LoadAsync(CancellationToken.None);
        await store.AcceptAsync([Update(1)], 2, CancellationToken.None);
        await store.CompleteAsync(1, CancellationToken.None);

        var state = await Store().LoadAsync(CancellationToken.None);

        Assert.Equal(2, state.Offset);
        Assert.Empty(state.Pending);
        Assert.Equal(0, store.PendingCount);
    }

    [Fact]
    public async Task No_file_means_starting_from_the_beginning() =>
        Assert.Equal(PollingState.Start, await Store().LoadAsync(CancellationToken.None));

    private static JsonElement Update(int id) =>
        JsonDocument.Parse($$$"""{"update_id":{{{id}}},"message":{"text":"vraag {{{id}}}"}}""").RootElement;

    private UpdateOffsetStore Store() => new(Options.Create(new TelegramOptions { DataFolder = _folder }));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

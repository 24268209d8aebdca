using ChatBot.Telegram.Configuration;
using ChatBot.Telegram.Polling;
using Microsoft.Extensions.Options;

namespace ChatBot.Telegram.Tests.Polling;

public sealed class UpdateOffsetStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chatbot-offset-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Progress_survives_a_new_store_on_the_same_folder()
    {
        var first = Store();
        await first.LoadAsync(CancellationToken.None);
        await first.AdvanceAsync(11, CancellationToken.None);
        await first.MarkHandledAsync(12, CancellationToken.None);
        await first.MarkHandledAsync(14, CancellationToken.None);

        var state = await Store().LoadAsync(CancellationToken.None);

        Assert.Equal(11, state.Offset);
        Assert.Equal([12, 14], state.Handled);
        Assert.Equal(["telegram-offset.json"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Advancing_forgets_handled_marks_below_the_offset()
    {
        var store = Store();
        await store.LoadAsync(CancellationToken.None);
        await store.MarkHandledAsync(5, CancellationToken.None);
        await store.MarkHandledAsync(9, CancellationToken.None);
        await store.AdvanceAsync(8, CancellationToken.None);

        var state = await Store().LoadAsync(CancellationToken.None);

        Assert.Equal(new PollingState(8, [9]).Offset, state.Offset);
        Assert.Equal([9], state.Handled);
    }

    [Fact]
    public async Task No_file_means_starting_from_the_beginning() =>
        Assert.Equal(0, (await Store().LoadAsync(CancellationToken.None)).Offset);

    private UpdateOffsetStore Store() => new(Options.Create(new TelegramOptions { DataFolder = _folder }));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

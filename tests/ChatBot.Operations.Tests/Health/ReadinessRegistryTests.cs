using ChatBot.Operations.Health;

namespace ChatBot.Operations.Tests.Health;

public sealed class ReadinessRegistryTests
{
    [Fact]
    public void Registering_a_name_twice_returns_the_same_signal_so_owners_share_it()
    {
        var registry = new ReadinessRegistry([]);

        var first = registry.Register("Telegram");
        var second = registry.Register("telegram");
        first.MarkReady();

        Assert.Same(first, second);
        Assert.True(registry.IsReady);
    }

    [Fact]
    public void A_signal_registered_in_di_counts_and_starts_the_process_not_ready()
    {
        var custom = new FixedSignal("discord", new ReadinessState(false, "gateway closed 4004"));
        var registry = new ReadinessRegistry([custom]);
        registry.Register("corpus").MarkReady();

        Assert.False(registry.IsReady);
        Assert.Equal(["corpus", "discord"], registry.Signals.Select(s => s.Name));
        Assert.Throws<InvalidOperationException>(() => registry.Register("discord"));
    }

    [Fact]
    public void A_new_signal_is_not_ready_until_marked()
    {
        var registry = new ReadinessRegistry([]);

        var corpus = registry.Register("corpus");

        Assert.False(registry.IsReady);
        Assert.Equal("not started", corpus.State.Detail);
    }

    private sealed class FixedSignal(string name, ReadinessState state) : IReadinessSignal
    {
        public string Name { get; } = name;

        public ReadinessState State { get; } = state;
    }
}

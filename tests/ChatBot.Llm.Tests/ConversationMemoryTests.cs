using ChatBot.Answers.Model;
using ChatBot.Llm.Conversations;
using ChatBot.Llm.Tests.Fakes;

namespace ChatBot.Llm.Tests;

public sealed class ConversationMemoryTests
{
    private static Conversation Chat(string id) => new("discord", id, "user");

    [Fact]
    public void Last_exchange_is_kept_per_chat()
    {
        var memory = new ConversationMemory(10, TimeSpan.FromMinutes(5), new ManualTimeProvider());

        memory.Remember(Chat("a"), "vraag a", "antwoord a");
        memory.Remember(Chat("b"), "vraag b", "antwoord b");

        Assert.Equal("vraag a", memory.Last(Chat("a"))?.Question);
        Assert.Equal("antwoord b", memory.Last(Chat("b"))?.AnswerSummary);
        Assert.Null(memory.Last(new Conversation("telegram", "a", "user")));
    }

    [Fact]
    public void Least_recently_used_chat_is_forgotten_beyond_capacity()
    {
        var memory = new ConversationMemory(2, TimeSpan.FromMinutes(5), new ManualTimeProvider());
        memory.Remember(Chat("a"), "a", "a");
        memory.Remember(Chat("b"), "b", "b");
        memory.Remember(Chat("a"), "a2", "a2");

        memory.Remember(Chat("c"), "c", "c");

        Assert.Equal(2, memory.Count);
        Assert.Null(memory.Last(Chat("b")));
        Assert.Equal("a2", memory.Last(Chat("a"))?.Question);
    }

    [Fact]
    public void Exchange_older_than_the_window_is_not_a_follow_up_context()
    {
        var clock = new ManualTimeProvider();
        var memory = new ConversationMemory(10, TimeSpan.FromMinutes(5), clock);
        memory.Remember(Chat("a"), "a", "a");

        clock.Advance(TimeSpan.FromMinutes(6));

        Assert.Null(memory.Last(Chat("a")));
        Assert.Equal(0, memory.Count);
    }
}

using ChatBot.Answers.Model;
using ChatBot.Answers.Operations;
using Microsoft.Extensions.Options;

namespace ChatBot.Answers.Tests.Operations;

public sealed class TokenBucketAskerRateLimiterTests
{
    private static readonly Conversation Alice = new("telegram", "chat-1", "alice");
    private static readonly Conversation Bob = new("telegram", "chat-1", "bob");

    [Fact]
    public async Task A_user_over_the_limit_is_refused_with_a_retry_after()
    {
        // Arrange
        using var limiter = Limiter(perUser: 3, perChat: 100);
        for (var i = 0; i < 3; i++)
        {
            Assert.True((await limiter.TryAcquireAsync(Alice, CancellationToken.None)).Allowed, $"ask {i + 1} is within the limit");
        }

        // Act
        var refused = await limiter.TryAcquireAsync(Alice, CancellationToken.None);

        // Assert
        Assert.False(refused.Allowed);
        Assert.NotNull(refused.RetryAfter);
        Assert.InRange(refused.RetryAfter.Value, TimeSpan.FromTicks(1), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Other_users_in_the_same_chat_are_unaffected_by_one_user_flooding()
    {
        // Arrange
        using var limiter = Limiter(perUser: 2, perChat: 100);
        for (var i = 0; i < 5; i++)
        {
            await limiter.TryAcquireAsync(Alice, CancellationToken.None);
        }

        // Act
        var bob = await limiter.TryAcquireAsync(Bob, CancellationToken.None);
        var alice = await limiter.TryAcquireAsync(Alice, CancellationToken.None);

        // Assert
        Assert.True(bob.Allowed);
        Assert.Null(bob.RetryAfter);
        Assert.False(alice.Allowed);
    }

    [Fact]
    public async Task The_same_user_id_on_another_platform_has_its_own_bucket()
    {
        // Arrange
        using var limiter = Limiter(perUser: 1, perChat: 100);
        await limiter.TryAcquireAsync(Alice, CancellationToken.None);

        // Act
        var onDiscord = await limiter.TryAcquireAsync(Alice with { Platform = "discord" }, CancellationToken.None);

        // Assert
        Assert.True(onDiscord.Allowed);
    }

    [Fact]
    public async Task A_busy_chat_is_limited_while_other_chats_are_not()
    {
        // Arrange
        using var limiter = Limiter(perUser: 100, perChat: 3);
        for (var i = 0; i < 3; i++)
        {
            Assert.True((await limiter.TryAcquireAsync(new Conversation("telegram", "busy", $"user-{i}"), CancellationToken.None)).Allowed);
        }

        // Act
        var inBusyChat = await limiter.TryAcquireAsync(new Conversation("telegram", "busy", "newcomer"), CancellationToken.None);
        var elsewhere = await limiter.TryAcquireAsync(new Conversation("telegram", "quiet", "newcomer"), CancellationToken.None);

        // Assert
        Assert.False(inBusyChat.Allowed);
        Assert.True(elsewhere.Allowed);
    }

    private static TokenBucketAskerRateLimiter Limiter(int perUser, int perChat) =>
        new(Options.Create(new RateLimitOptions { PerUserPerMinute = perUser, PerChatPerMinute = perChat }));
}

using ChatBot.Answers.Model;
using ChatBot.Answers.Operations;
using ChatBot.Operations.RateLimiting;
using ChatBot.Operations.Tests.Fakes;
using Microsoft.Extensions.Options;

namespace ChatBot.Operations.Tests.RateLimiting;

public sealed class WindowAskerRateLimiterTests
{
    private static readonly Conversation Asker = new("discord", "channel-1", "user-1");

    [Fact]
    public async Task A_refusal_says_the_real_wait_until_the_window_ends_and_asking_then_works()
    {
        // Arrange: 2 s before the minute ends, the asker has used up their 3 questions.
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 12, 6, 12, 0, 58, TimeSpan.Zero));
        var limiter = new WindowAskerRateLimiter(Options.Create(new RateLimitOptions { PerUserPerMinute = 3 }), clock);
        for (var i = 0; i < 3; i++) Assert.True((await limiter.TryAcquireAsync(Asker, CancellationToken.None)).Allowed);

        // Act
        var refused = await limiter.TryAcquireAsync(Asker, CancellationToken.None);
        clock.Now = clock.Now.AddSeconds(2);
        var later = await limiter.TryAcquireAsync(Asker, CancellationToken.None);

        // Assert
        Assert.False(refused.Allowed);
        Assert.Equal(TimeSpan.FromSeconds(2), refused.RetryAfter);
        Assert.True(later.Allowed);
    }

    [Fact]
    public async Task The_chat_limit_counts_only_askers_within_their_own_limit()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero));
        var limiter = new WindowAskerRateLimiter(Options.Create(new RateLimitOptions { PerUserPerMinute = 1, PerChatPerMinute = 2 }), clock);

        Assert.True((await limiter.TryAcquireAsync(Asker, CancellationToken.None)).Allowed);
        Assert.False((await limiter.TryAcquireAsync(Asker, CancellationToken.None)).Allowed); // the flooder's own count
        Assert.True((await limiter.TryAcquireAsync(Asker with { UserId = "user-2" }, CancellationToken.None)).Allowed);
        var third = await limiter.TryAcquireAsync(Asker with { UserId = "user-3" }, CancellationToken.None);

        Assert.False(third.Allowed);
        Assert.Equal(TimeSpan.FromMinutes(1), third.RetryAfter);
    }
}

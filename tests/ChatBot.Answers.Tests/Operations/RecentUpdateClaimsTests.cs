using ChatBot.Answers.Operations;

namespace ChatBot.Answers.Tests.Operations;

public sealed class RecentUpdateClaimsTests
{
    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task A_duplicate_key_is_refused_and_the_same_key_on_another_platform_is_not()
    {
        var claims = new RecentUpdateClaims();

        var first = await claims.TryClaimAsync("telegram", "42", Ct);
        var duplicate = await claims.TryClaimAsync("telegram", "42", Ct);
        var otherPlatform = await claims.TryClaimAsync("discord", "42", Ct);

        Assert.True(first);
        Assert.False(duplicate);
        Assert.True(otherPlatform);
    }

    [Fact]
    public async Task Memory_is_bounded_and_the_oldest_keys_are_forgotten_first()
    {
        var claims = new RecentUpdateClaims(capacity: 3);
        foreach (var key in new[] { "1", "2", "3", "4" })
        {
            Assert.True(await claims.TryClaimAsync("telegram", key, Ct));
        }

        Assert.Equal(3, claims.Count);
        Assert.False(await claims.TryClaimAsync("telegram", "4", Ct));
        Assert.False(await claims.TryClaimAsync("telegram", "2", Ct));
        Assert.True(await claims.TryClaimAsync("telegram", "1", Ct)); // evicted: a very late redelivery is answered again
    }

    [Fact]
    public async Task Concurrent_claims_of_one_key_let_exactly_one_win()
    {
        var claims = new RecentUpdateClaims();

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => claims.TryClaimAsync("discord", "message:7", Ct))));

        Assert.Single(results, r => r);
    }

    [Fact]
    public async Task Empty_keys_and_a_zero_capacity_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RecentUpdateClaims(0));
        await Assert.ThrowsAsync<ArgumentException>(() => new RecentUpdateClaims().TryClaimAsync("telegram", "", Ct));
    }
}

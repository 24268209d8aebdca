using System.Globalization;
using ChatBot.Answers.Operations;
using ChatBot.EndToEnd.Tests.Support;
using ChatBot.Operations.Health;
using ChatBot.Telegram.Tests.FakeBotApi;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.EndToEnd.Tests.Telegram;

public sealed class ReadinessAndClaimsTests
{
    [Fact]
    public async Task The_corpus_and_telegram_report_ready_and_telegram_not_ready_after_the_stop()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var registry = bot.Services.GetRequiredService<ReadinessRegistry>();

        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => registry.IsReady && registry.Signals.Count == 2, TimeSpan.FromSeconds(10)), "corpus and telegram ready");
        var corpus = registry.Signals.Single(s => s.Name == "corpus").State;
        await bot.StopAsync();

        Assert.Equal($"{bot.Corpus.Documents.Count.ToString(CultureInfo.InvariantCulture)} documents", corpus.Detail);
        Assert.Equal(new ReadinessState(false, "stopped"), registry.Signals.Single(s => s.Name == "telegram").State);
    }

    [Fact]
    public async Task An_update_another_process_claimed_in_the_shared_ledger_is_not_answered()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var user = bot.Telegram.AddUser(61_001, "Ledger");
        var chat = bot.Telegram.AddPrivateChat(user);
        var claims = bot.Services.GetRequiredService<IUpdateClaims>();
        // An update of no interest tells the next id; that one is claimed as another process sharing the database would.
        var probe = bot.Telegram.PushRawUpdate(new System.Text.Json.Nodes.JsonObject());
        var claimedElsewhere = await claims.TryClaimAsync("telegram", (probe + 1).ToString(CultureInfo.InvariantCulture), CancellationToken.None);
        var taken = bot.Telegram.UserSends(chat, user, "Wat vindt de VVD van leges?");
        var free = bot.Telegram.UserSends(chat, user, "Wat vindt D66 van leges?");

        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Telegram.RepliesTo(free).Count == 1, TimeSpan.FromSeconds(20)), "the unclaimed question answered");

        Assert.True(claimedElsewhere);
        Assert.Empty(bot.Telegram.RepliesTo(taken));
    }
}

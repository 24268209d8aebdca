using System.Text.RegularExpressions;
using ChatBot.Discord.Tests.Fakes;
using ChatBot.Discord.Tests.Support;

namespace ChatBot.Discord.Tests;

/// <summary>The real extractive answer service over the seed documents, through the bot, to the fake Discord.</summary>
public sealed class ExtractiveEndToEndTests
{
    private const string Messages = "/channels/" + FakeDiscord.ChannelId + "/messages";

    [Fact]
    public async Task A_mention_is_answered_with_quotes_that_stand_verbatim_in_the_seed_documents()
    {
        await using var bot = await BotHarness.StartAsync(realAnswers: true);

        await bot.Discord.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message($"<@{FakeDiscord.BotUserId}> Wat vindt BIJ1 van detentie?", mentionBot: true));
        await Eventually.TrueAsync(() => bot.Discord.RequestsTo("POST", Messages).Count == 1, "the reply", 20_000);

        var body = bot.Discord.RequestsTo("POST", Messages)[0].Body!.Value;
        RequestAssertions.PingsNobody(body);
        RequestAssertions.AllRequestsFollowTheSpec(bot.Discord);
        var fields = body.GetProperty("embeds")[0].GetProperty("fields").EnumerateArray().ToList();
        var bij1 = fields.First(f => f.GetProperty("name").GetString()!.StartsWith("BIJ1", StringComparison.Ordinal)).GetProperty("value").GetString()!;
        Assert.Contains("2023-10-30", bij1, StringComparison.Ordinal);

        var seeds = string.Join("\n", Directory.GetFiles(BotHarness.SeedsFolder(), "*.txt").Select(File.ReadAllText));
        var normalizedSeeds = Regex.Replace(seeds, @"\s+", " ");
        var fragments = QuoteFragments(bij1).ToList();
        Assert.NotEmpty(fragments);
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, normalizedSeeds, StringComparison.Ordinal);
        }
    }

    /// <summary>The quote lines of a field ("> …"), markdown escapes removed, split where fragments were joined or cut.</summary>
    private static IEnumerable<string> QuoteFragments(string fieldValue)
    {
        var quote = string.Join(" ", fieldValue.Split('\n').Where(l => l.StartsWith("> ", StringComparison.Ordinal)).Select(l => l[2..]));
        quote = Regex.Replace(quote, @"\\(.)", "$1");
        return quote.Split('…', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(f => Regex.Replace(f, @"\s+", " "))
            .Where(f => f.Length > 10);
    }
}

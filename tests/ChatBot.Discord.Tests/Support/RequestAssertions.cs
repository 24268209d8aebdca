using System.Text.Json;
using ChatBot.Discord.Tests.Fakes;

namespace ChatBot.Discord.Tests.Support;

public static class RequestAssertions
{
    /// <summary>Every request was a documented one, authenticated, with our User-Agent.</summary>
    public static void AllRequestsFollowTheSpec(FakeDiscord discord)
    {
        Assert.Empty(discord.SpecProblems);
        Assert.All(discord.Requests, r =>
        {
            Assert.Equal($"Bot {FakeDiscord.Token}", r.Authorization);
            Assert.StartsWith("DiscordBot (", r.UserAgent, StringComparison.Ordinal);
        });
    }

    /// <summary>Every message body we sent says that nobody may be pinged.</summary>
    public static void PingsNobody(JsonElement message)
    {
        var parse = message.GetProperty("allowed_mentions").GetProperty("parse");
        Assert.Equal(JsonValueKind.Array, parse.ValueKind);
        Assert.Equal(0, parse.GetArrayLength());
    }

    /// <summary>All strings anywhere in a JSON value.</summary>
    public static IEnumerable<string> Strings(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => [e.GetString()!],
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}

using ChatBot.Discord.Gateway;

namespace ChatBot.Discord.Tests;

public sealed class GatewayCloseCodesTests
{
    [Theory]
    [InlineData(4004, "DISCORD_BOT_TOKEN")]
    [InlineData(4010, "Discord:ShardId")]
    [InlineData(4011, "Discord:ShardCount")]
    [InlineData(4012, "v10")]
    [InlineData(4013, "intents")]
    [InlineData(4014, "Message Content Intent")]
    public void Codes_that_reconnecting_cannot_fix_are_fatal_with_advice(int code, string advice)
    {
        var end = GatewayCloseCodes.Classify(code);

        Assert.Equal(SessionEndKind.Fatal, end.Kind);
        Assert.Contains(advice, end.Message, StringComparison.Ordinal);
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), end.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4007)]
    [InlineData(4009)]
    public void Codes_that_end_the_session_lead_to_a_fresh_identify(int code) =>
        Assert.Equal(SessionEndKind.Reidentify, GatewayCloseCodes.Classify(code).Kind);

    [Theory]
    [InlineData(null)]
    [InlineData(1000)]
    [InlineData(1006)]
    [InlineData(4000)]
    [InlineData(4001)]
    [InlineData(4002)]
    [InlineData(4003)]
    [InlineData(4005)]
    [InlineData(4008)]
    public void Other_closes_resume(int? code) =>
        Assert.Equal(SessionEndKind.Resume, GatewayCloseCodes.Classify(code).Kind);
}

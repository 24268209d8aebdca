using ChatBot.Answers.Model;
using ChatBot.Llm.Grounding;

namespace ChatBot.Llm.Tests;

public sealed class ModelReplyParserTests
{
    [Fact]
    public void Reply_in_a_code_fence_with_prose_around_it_is_read()
    {
        const string text = "Here you go:\n```json\n{ \"answerable\": true, \"verdict\": \"not_in_sources\", \"claims\": [ { \"text\": \"A.\", \"citations\": [ \"S1.1\", { \"id\": \"S2.3\", \"quote\": \"q\" } ] } ] }\n```";

        var reply = ModelReplyParser.Parse(text);

        Assert.NotNull(reply);
        Assert.Equal(Verdict.NotInSources, reply.Verdict);
        Assert.Equal([new ModelCitation("S1.1", null), new ModelCitation("S2.3", "q")], Assert.Single(reply.Claims).Citations);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("I cannot answer that.")]
    [InlineData("{ not json }")]
    [InlineData("{ \"claims\": [ { \"text\": ")]
    public void Unusable_reply_reads_as_null(string? text) => Assert.Null(ModelReplyParser.Parse(text));

    [Fact]
    public void Claims_of_the_wrong_shape_are_skipped()
    {
        var reply = ModelReplyParser.Parse("{ \"claims\": [ 42, { \"text\": 1 }, { \"text\": \"ok\" } ] }");

        Assert.Equal("ok", Assert.Single(reply!.Claims).Text);
    }

    [Fact]
    public void Rewrite_reply_gives_standalone_question_and_queries()
    {
        var rewrite = ModelReplyParser.ParseRewrite("{ \"standalone\": \"Wat wil de PvdA?\", \"queries\": [ \"PvdA asiel\", 3, \"PvdA asylum\" ] }");

        Assert.Equal("Wat wil de PvdA?", rewrite!.Value.Standalone);
        Assert.Equal(["PvdA asiel", "PvdA asylum"], rewrite.Value.Queries);
    }
}

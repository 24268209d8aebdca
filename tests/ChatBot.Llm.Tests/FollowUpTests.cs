using ChatBot.Answers.Model;
using ChatBot.Llm.Tests.Fakes;

namespace ChatBot.Llm.Tests;

public sealed class FollowUpTests
{
    private const string Answer = """
        { "answerable": true, "claims": [ { "text": "VluchtelingenWerk wil de spreidingswet behouden.", "citations": [ { "id": "S2.1" } ] } ] }
        """;

    private static ScriptedReply Script(ChatRequest request) => request.IsQueryRewrite
        ? ScriptedReply.Json(request.User.Contains("Vorige vraag: Wat wil BIJ1 met opvang?", StringComparison.Ordinal)
            ? """{ "standalone": "Wat wil VluchtelingenWerk met opvang?", "queries": [ "VluchtelingenWerk opvang", "Dutch Council for Refugees reception" ] }"""
            : """{ "standalone": "Wat wil BIJ1 met opvang?", "queries": [ "BIJ1 opvang", "BIJ1 reception" ] }""")
        : ScriptedReply.Json(Answer);

    [Fact]
    public async Task Follow_up_is_resolved_from_the_last_exchange_in_that_chat()
    {
        await using var server = await FakeOpenAiServer.StartAsync(Script);
        using var llm = new TestLlm(server.Endpoint, o => o.RewriteQueries = true);
        await llm.AskAsync("Wat wil BIJ1 met opvang?");

        var answer = await llm.AskAsync("en VluchtelingenWerk?");

        Assert.Equal(AnswerMode.Llm, answer.Mode);
        Assert.Equal("en VluchtelingenWerk?", answer.Question);
        Assert.Contains("Wat wil VluchtelingenWerk met opvang?", llm.Retriever.Queries);
        Assert.Contains("Dutch Council for Refugees reception", llm.Retriever.Queries);
        var lastAnswerRequest = server.Requests.Last(r => !r.IsQueryRewrite);
        Assert.Contains("Vraag: Wat wil VluchtelingenWerk met opvang?", lastAnswerRequest.User, StringComparison.Ordinal);
        Assert.Contains(llm.Extractive.Requests, r => r.Question == "Wat wil VluchtelingenWerk met opvang?");
    }

    [Fact]
    public async Task Question_in_another_chat_is_not_treated_as_a_follow_up()
    {
        await using var server = await FakeOpenAiServer.StartAsync(Script);
        using var llm = new TestLlm(server.Endpoint, o => o.RewriteQueries = true);
        await llm.AskAsync("Wat wil BIJ1 met opvang?");

        await llm.Service.AnswerAsync(new AnswerRequest("en VluchtelingenWerk?", new Conversation("telegram", "other-chat", "user-1")), TestContext.Token);

        var rewrite = server.Requests.Last(r => r.IsQueryRewrite);
        Assert.Contains("Vorige vraag: \n", rewrite.User, StringComparison.Ordinal);
        Assert.DoesNotContain(llm.Extractive.Requests, r => r.Question == "Wat wil VluchtelingenWerk met opvang?");
    }

    [Fact]
    public async Task Rewrite_queries_add_cross_lingual_retrieval_but_keep_the_question()
    {
        await using var server = await FakeOpenAiServer.StartAsync(Script);
        using var llm = new TestLlm(server.Endpoint, o => o.RewriteQueries = true);

        var answer = await llm.AskAsync("Wat zegt BIJ1 over opvang?");

        Assert.Equal("Wat zegt BIJ1 over opvang?", answer.Question);
        Assert.Contains("BIJ1 reception", llm.Retriever.Queries);
        Assert.Contains("Vraag: Wat zegt BIJ1 over opvang?", server.Requests.Last(r => !r.IsQueryRewrite).User, StringComparison.Ordinal);
    }
}

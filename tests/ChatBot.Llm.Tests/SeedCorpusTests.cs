using System.Text.Json;
using System.Text.RegularExpressions;
using ChatBot.Answers.Model;
using ChatBot.Llm.Conversations;
using ChatBot.Llm.Model;
using ChatBot.Llm.Prompts;
using ChatBot.Llm.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatBot.Llm.Tests;

/// <summary>
/// Realism check on the repository's seed documents: a scripted model that copies sentences out of the prompt (as a
/// real one does, with whitespace collapsed) and also alters one quote. Every quote sent must be seed text at its offsets.
/// </summary>
public sealed partial class SeedCorpusTests
{
    private static readonly SeedCorpus Seeds = SeedCorpus.Load();

    // Cites the first sentence of the first two sources by id, quotes the second sentence of the first source as the
    // prompt shows it, and "improves" one more quote by a word.
    private static ScriptedReply CopyingModel(ChatRequest request)
    {
        var lines = PromptSentence().Matches(request.User).Select(m => (Id: m.Groups[1].Value, Text: m.Groups[2].Value)).ToList();
        var first = lines.First(l => l.Id.StartsWith("S1.", StringComparison.Ordinal));
        var other = lines.FirstOrDefault(l => l.Id.StartsWith("S2.", StringComparison.Ordinal));
        var second = lines.Where(l => l.Id.StartsWith("S1.", StringComparison.Ordinal)).Skip(1).FirstOrDefault();
        var claims = new List<object>
        {
            new { text = "De eerste bron zegt dit.", citations = new object[] { first.Id } },
            new { text = "De bron zegt ook iets anders.", citations = new object[] { new { id = (second.Id ?? first.Id), quote = second.Text ?? first.Text } } },
            new { text = "En dit zou er ook staan.", citations = new object[] { new { id = first.Id, quote = first.Text.Replace(" de ", " geen ", StringComparison.Ordinal) + " echt" } } },
        };
        if (other.Id is not null)
        {
            claims.Add(new { text = "De tweede bron zegt dit.", citations = new object[] { other.Id } });
        }

        return ScriptedReply.Json(JsonSerializer.Serialize(new { answerable = true, claims }));
    }

    [Theory]
    [InlineData("Wat wil BIJ1 met grenzen en opvang?")]
    [InlineData("Wat zegt VluchtelingenWerk over de spreidingswet?")]
    [InlineData("Wat wil de PvdA met het kinderpardon?")]
    [InlineData("What does BIJ1 want with borders and detention?")]
    public async Task Every_quote_sent_is_seed_text_at_its_offsets(string question)
    {
        await using var server = await FakeOpenAiServer.StartAsync(CopyingModel);
        var options = new LlmOptions { Enabled = true, Endpoint = server.Endpoint, Model = "m", RewriteQueries = false };
        using var kernel = new LlmKernel(options, null);
        var service = new LlmAnswerService(new FakeExtractiveAnswerService(), Seeds, kernel, new PromptLibrary(TestLlm.PromptsFolder),
            new ConversationMemory(10, TimeSpan.FromMinutes(5), TimeProvider.System), options, null, NullLogger<LlmAnswerService>.Instance);

        var answer = await service.AnswerAsync(new AnswerRequest(question, TestLlm.Chat), TestContext.Token);

        Assert.Equal(AnswerMode.Llm, answer.Mode);
        Assert.NotEmpty(answer.Citations);
        foreach (var c in answer.Citations)
        {
            Assert.Equal(Seeds.Documents[c.File][c.Start..c.End], c.Quote);
        }

        Assert.DoesNotContain("En dit zou er ook staan.", answer.Text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\[(S\d+\.\d+)\] (.+)$", RegexOptions.Multiline)]
    private static partial Regex PromptSentence();
}

using ChatBot.Telegram.Tests.FakeBotApi;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Telegram.Tests.EndToEnd;

public sealed class InlineAndCommandTests
{
    [Fact]
    public async Task Inline_query_is_answered_with_the_cited_answer_as_an_article()
    {
        await using var bot = await TelegramBotHarness.CreateAsync();
        var user = bot.Server.AddUser(5001, "Pien");
        await bot.StartAsync();

        var queryId = bot.Server.UserTypesInline(user, "wat zegt de VVD over gezinshereniging");

        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.InlineAnswers.Any(a => a.InlineQueryId == queryId)));
        var result = Assert.Single(bot.Server.InlineAnswers.Single(a => a.InlineQueryId == queryId).Results)!;
        Assert.Equal("article", result["type"]!.GetValue<string>());
        var content = result["input_message_content"]!;
        Assert.Equal("HTML", content["parse_mode"]!.GetValue<string>(), ignoreCase: true); // Telegram accepts any case
        var parsed = TelegramHtmlParser.Parse(content["message_text"]!.GetValue<string>(), out var error);
        Assert.Null(error);
        Assert.Contains("Verkiezingsprogramma VVD 2025–2029", parsed.Text, StringComparison.Ordinal);
        Assert.Contains(parsed.Entities, e => e.Type is "blockquote" or "expandable_blockquote");
        Assert.True(result["id"]!.GetValue<string>().Length <= 64);
    }

    [Fact]
    public async Task Commands_are_registered_in_English_and_Dutch()
    {
        await using var bot = await TelegramBotHarness.CreateAsync();
        await bot.StartAsync();

        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.Commands.Count == 2));
        var commands = bot.Server.Commands;
        var english = commands[string.Empty].Select(c => c!["command"]!.GetValue<string>()).ToList();
        Assert.Equal(["ask", "compare", "check", "sources", "help", "start"], english);
        Assert.Contains(commands["nl"], c => c!["description"]!.GetValue<string>().StartsWith("Stel een vraag", StringComparison.Ordinal));
        Assert.Contains(commands[string.Empty], c => c!["description"]!.GetValue<string>().StartsWith("Ask a question", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rate_limited_askers_get_a_friendly_message_and_no_answer()
    {
        await using var bot = await TelegramBotHarness.CreateAsync();
        var user = bot.Server.AddUser(5002, "Quinten");
        var chat = bot.Server.AddPrivateChat(user);
        bot.RateLimiter.Refused["5002"] = true;
        await bot.StartAsync();

        var question = bot.Server.UserSends(chat, user, "Nog een vraag");

        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.RepliesTo(question).Count == 1));
        Assert.Contains("42 seconden", bot.Server.RepliesTo(question)[0].Text, StringComparison.Ordinal);
        Assert.Empty(bot.Answers.Requests);
    }

    [Fact]
    public async Task Help_follows_the_users_language_and_empty_commands_get_a_usage_hint()
    {
        await using var bot = await TelegramBotHarness.CreateAsync();
        var english = bot.Server.AddUser(5003, "Rose", languageCode: "en");
        var dutch = bot.Server.AddUser(5004, "Sem", languageCode: "nl");
        var group = bot.Server.AddGroup(-100800, "Groep");
        await bot.StartAsync();

        var help = bot.Server.UserSends(group, english, "/help@ChatBotTestBot");
        var empty = bot.Server.UserSends(group, dutch, "/check");

        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.RepliesTo(help).Count == 1 && bot.Server.RepliesTo(empty).Count == 1));
        Assert.Contains("I answer questions", bot.Server.RepliesTo(help)[0].Text, StringComparison.Ordinal);
        Assert.Contains("/check Wat zegt", bot.Server.RepliesTo(empty)[0].Text, StringComparison.Ordinal);
        Assert.Empty(bot.Answers.Requests);
    }
}

public sealed class SourcesCommandTests
{
    [Fact]
    public async Task Sources_without_a_topic_lists_the_loaded_documents_escaped()
    {
        await using var bot = await TelegramBotHarness.CreateAsync();
        var user = bot.Server.AddUser(5101, "Tim");
        var chat = bot.Server.AddPrivateChat(user);
        var catalog = new ChatBot.Telegram.Tests.Fakes.FakeSourceCatalog(
        [
            new("vvd.txt", "VVD", "Programma <2025> & verder", ChatBot.Answers.Model.Language.Nl, "2025-08-30", false, "programme", "https://example.org/vvd", "h1"),
            new("ind.txt", "IND", "Jaarcijfers", ChatBot.Answers.Model.Language.Nl, null, false, "report", null, "h2"),
        ]);
        await bot.StartAsync(services: s => s.AddSingleton<ChatBot.Answers.ISourceCatalog>(catalog));

        var question = bot.Server.UserSends(chat, user, "/sources");

        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Server.RepliesTo(question).Count == 1));
        var reply = bot.Server.RepliesTo(question)[0];
        Assert.Contains("VVD: Programma <2025> & verder (2025-08-30)", reply.Text, StringComparison.Ordinal);
        Assert.Contains("IND: Jaarcijfers", reply.Text, StringComparison.Ordinal);
        Assert.Empty(bot.Answers.Requests);
    }
}

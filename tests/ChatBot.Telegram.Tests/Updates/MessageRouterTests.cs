using System.Text.Json;
using ChatBot.Answers.Model;
using ChatBot.Telegram.Updates;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ChatBot.Telegram.Tests.Updates;

public sealed class MessageRouterTests
{
    private static readonly BotIdentity Bot = new(42, "ChatBotTestBot");

    [Theory]
    [InlineData("/ask@ChatBotTestBot Wat zegt de VVD?", "Wat zegt de VVD?", null)]
    [InlineData("/ask@chatbottestbot Wat zegt de VVD?", "Wat zegt de VVD?", null)]
    [InlineData("/compare gezinshereniging", "gezinshereniging", QuestionKind.Compare)]
    [InlineData("/check De PVV wil grenzen dicht", "De PVV wil grenzen dicht", QuestionKind.Check)]
    [InlineData("/sources leges", "leges", QuestionKind.Sources)]
    public void Commands_in_groups_become_questions_of_their_kind(string text, string question, QuestionKind? kind)
    {
        var action = MessageRouter.Route(Message("supergroup", text), Bot);

        Assert.Equal(new AskAction(question, kind), action);
    }

    [Theory]
    [InlineData("Wat een debat gisteren")]
    [InlineData("/ask@OtherBot iets")]
    [InlineData("/weather")]
    public void Groups_ignore_what_is_not_for_the_bot(string text) =>
        Assert.IsType<IgnoreAction>(MessageRouter.Route(Message("group", text), Bot));

    [Fact]
    public void Private_text_is_a_question_and_unknown_commands_get_help()
    {
        Assert.Equal(new AskAction("Wat zegt de VVD?", null), MessageRouter.Route(Message("private", "  Wat zegt de VVD? "), Bot));
        Assert.IsType<HelpAction>(MessageRouter.Route(Message("private", "/weather"), Bot));
        Assert.IsType<HelpAction>(MessageRouter.Route(Message("private", "/start"), Bot));
        Assert.IsType<ListSourcesAction>(MessageRouter.Route(Message("private", "/sources"), Bot));
        Assert.Equal(new UsageHintAction("compare"), MessageRouter.Route(Message("private", "/compare"), Bot));
    }

    [Fact]
    public void A_check_command_in_reply_to_a_claim_checks_that_claim()
    {
        var message = Message("group", "/check", replyTo: """{"message_id":1,"date":1750000000,"chat":{"id":-5,"type":"group","title":"g"},"from":{"id":7,"is_bot":false,"first_name":"Piet"},"text":"De VVD wil gezinshereniging afschaffen"}""");

        Assert.Equal(new AskAction("De VVD wil gezinshereniging afschaffen", QuestionKind.Check), MessageRouter.Route(message, Bot));
    }

    [Fact]
    public void Messages_from_bots_are_never_answered() =>
        Assert.IsType<IgnoreAction>(MessageRouter.Route(Message("private", "hallo", fromBot: true), Bot));

    private static Message Message(string chatType, string text, string? replyTo = null, bool fromBot = false)
    {
        var json = $$"""
            {"message_id":10,"date":1750000000,"chat":{"id":-5,"type":"{{chatType}}","title":"g"},
             "from":{"id":7,"is_bot":{{(fromBot ? "true" : "false")}},"first_name":"Piet"},"text":{{JsonSerializer.Serialize(text)}}
             {{(replyTo is null ? string.Empty : $",\"reply_to_message\":{replyTo}")}}}
            """;
        return JsonSerializer.Deserialize<Message>(json, JsonBotAPI.Options)!;
    }
}

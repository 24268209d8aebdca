namespace ChatBot.Answers.Model;

/// <summary>Where a question came from: platform, chat and asker ids (never names).</summary>
public readonly record struct Conversation(string Platform, string ChatId, string UserId)
{
    public static Conversation Cli { get; } = new("cli", "local", "local");
}

/// <summary>A question as an adapter hands it over. <see cref="Kind"/> is set by commands such as /compare.</summary>
public sealed record AnswerRequest(string Question, Conversation Conversation, QuestionKind? Kind = null)
{
    public static AnswerRequest FromCli(string question, QuestionKind? kind = null) => new(question, Conversation.Cli, kind);
}

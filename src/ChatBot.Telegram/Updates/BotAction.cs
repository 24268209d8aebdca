using ChatBot.Answers.Model;

namespace ChatBot.Telegram.Updates;

/// <summary>What to do with one incoming message; decided by <see cref="MessageRouter"/> without any I/O.</summary>
internal abstract record BotAction
{
    public static BotAction Ignore { get; } = new IgnoreAction();
}

internal sealed record IgnoreAction : BotAction;

internal sealed record AskAction(string Question, QuestionKind? Kind) : BotAction;

internal sealed record HelpAction : BotAction;

internal sealed record ListSourcesAction : BotAction;

/// <summary>A question command without a question ("/ask" alone).</summary>
internal sealed record UsageHintAction(string Command) : BotAction;

/// <summary>A photo, sticker, voice note… in a private chat: answered politely.</summary>
internal sealed record UnsupportedAction : BotAction;

using ChatBot.Answers.Model;

namespace ChatBot.Telegram.Commands;

/// <summary>One slash command: its name, what it asks the answer service for, and its menu text in both languages.</summary>
internal sealed record BotCommandInfo(string Name, QuestionKind? Kind, bool TakesQuestion, string Dutch, string English);

/// <summary>The commands the bot understands and registers with setMyCommands (Dutch for "nl", English as default).</summary>
internal static class BotCommandCatalog
{
    public static IReadOnlyList<BotCommandInfo> All { get; } =
    [
        new("ask", null, true, "Stel een vraag over asiel en migratie", "Ask a question about asylum and migration"),
        new("compare", QuestionKind.Compare, true, "Vergelijk standpunten van partijen", "Compare party positions"),
        new("check", QuestionKind.Check, true, "Controleer een bewering aan de bronnen", "Check a claim against the sources"),
        new("sources", QuestionKind.Sources, false, "Welke bronnen ken je? (of: bronnen over een onderwerp)", "Which sources do you know? (or: sources on a topic)"),
        new("help", null, false, "Uitleg", "How to use this bot"),
        new("start", null, false, "Begin", "Start"),
    ];

    public static BotCommandInfo? Find(string name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}

using ChatBot.Answers.Model;
using ChatBot.Discord.Rest;

namespace ChatBot.Discord.Bot;

/// <summary>The commands we register, English by default with Dutch ("nl") localizations.</summary>
internal static class SlashCommands
{
    public const string Ask = "ask";
    public const string Compare = "compare";
    public const string Check = "check";
    public const string Sources = "sources";
    public const string Help = "help";
    public const string QuestionOption = "question";
    public const int MaxQuestionLength = 2000;

    public static IReadOnlyList<SlashCommand> All { get; } =
    [
        WithQuestion(Ask, "vraag", "Ask a question about asylum and migration", "Stel een vraag over asiel en migratie",
            "Your question", "Je vraag"),
        WithQuestion(Compare, "vergelijk", "Compare the parties' positions on a topic", "Vergelijk de standpunten van partijen over een onderwerp",
            "The topic to compare", "Het onderwerp om te vergelijken"),
        WithQuestion(Check, "controleer", "Check a claim against the sources", "Toets een bewering aan de bronnen",
            "The claim to check", "De bewering om te toetsen"),
        // The document list is the same whatever the topic, so /sources takes none.
        new SlashCommand(Sources, "The documents the bot quotes from", Nl("bronnen"), Nl("De documenten waaruit de bot citeert"), []),
        new SlashCommand(Help, "How the bot works", Nl("hulp"), Nl("Zo werkt de bot"), []),
    ];

    /// <summary>/ask lets the service detect the kind; the others fix it.</summary>
    public static QuestionKind? KindOf(string command) => command switch
    {
        Compare => QuestionKind.Compare,
        Check => QuestionKind.Check,
        Sources => QuestionKind.Sources,
        _ => null,
    };

    public static bool Answers(string? command) => command is Ask or Compare or Check or Sources;

    private static SlashCommand WithQuestion(string name, string nlName, string description, string nlDescription, string option, string nlOption) =>
        new(name, description, Nl(nlName), Nl(nlDescription),
        [
            new SlashCommandOption(QuestionOption, option, Nl("vraag"), Nl(nlOption), Required: true, MaxLength: MaxQuestionLength),
        ]);

    private static Dictionary<string, string> Nl(string text) => new(StringComparer.Ordinal) { ["nl"] = text };
}

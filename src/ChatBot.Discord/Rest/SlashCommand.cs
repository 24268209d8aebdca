namespace ChatBot.Discord.Rest;

/// <summary>A chat-input command with localized name and description (locale code → text, e.g. "nl").</summary>
public sealed record SlashCommand(
    string Name,
    string Description,
    IReadOnlyDictionary<string, string> NameLocalizations,
    IReadOnlyDictionary<string, string> DescriptionLocalizations,
    IReadOnlyList<SlashCommandOption> Options);

/// <summary>A required-or-optional string option.</summary>
public sealed record SlashCommandOption(
    string Name,
    string Description,
    IReadOnlyDictionary<string, string> NameLocalizations,
    IReadOnlyDictionary<string, string> DescriptionLocalizations,
    bool Required,
    int MaxLength);

using System.Text.Json.Serialization;

namespace ChatBot.Answers.Model;

/// <summary>The two languages the bot replies in; quotes keep the language of their document.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Language>))]
public enum Language
{
    [JsonStringEnumMemberName("nl")] Nl,
    [JsonStringEnumMemberName("en")] En,
}

public static class LanguageCodes
{
    public static string Code(this Language language) => language == Language.Nl ? "nl" : "en";

    public static Language? Parse(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "nl" or "nld" or "dutch" => Language.Nl,
        "en" or "eng" or "english" => Language.En,
        _ => null,
    };
}

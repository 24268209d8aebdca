namespace ChatBot.Discord.Configuration;

/// <summary>Discord asks every client to identify itself as <c>DiscordBot ($url, $versionNumber)</c>.</summary>
internal static class UserAgent
{
    public const string Value = "DiscordBot (https://github.com/chatbot-nl/chatbot, 1.0)";
}

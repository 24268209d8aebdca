using System.Text.RegularExpressions;

namespace ChatBot.Telegram.Commands;

/// <summary>"/ask@SomeBot what about X" → Name "ask", Target "SomeBot", Argument "what about X".</summary>
internal sealed partial record ParsedCommand(string Name, string? Target, string Argument)
{
    public static ParsedCommand? Parse(string? text)
    {
        var match = Shape().Match(text ?? string.Empty);
        return match.Success
            ? new ParsedCommand(match.Groups["name"].Value, match.Groups["target"].Success ? match.Groups["target"].Value : null, match.Groups["arg"].Value.Trim())
            : null;
    }

    public bool IsFor(string botUsername) => Target is null || string.Equals(Target, botUsername, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^/(?<name>[A-Za-z0-9_]{1,32})(@(?<target>[A-Za-z0-9_]{3,64}))?(\s+(?<arg>[\s\S]*))?$")]
    private static partial Regex Shape();
}

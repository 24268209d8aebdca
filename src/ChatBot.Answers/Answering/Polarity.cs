using System.Text.RegularExpressions;

namespace ChatBot.Answers.Answering;

/// <summary>Whether a sentence is negated ("geen maximum", "no longer"): a claim and its evidence that differ contradict.</summary>
public static partial class Polarity
{
    [GeneratedRegex(@"\b(geen|niet|nooit|niets|niemand|nergens|no|not|never|none|nobody|nothing|without|zonder)\b|n't\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();

    public static bool Negated(string text) => Negation().IsMatch(text);
}

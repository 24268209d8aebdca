using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatBot.Llm.Grounding;

/// <summary>A parsed citation id: "S3.2" is passage 3, sentence 2 (1-based); "S3" is the whole passage.</summary>
internal readonly partial record struct SentenceRef(int Passage, int? Sentence)
{
    public static bool TryParse(string? id, out SentenceRef reference)
    {
        reference = default;
        var match = id is null ? null : IdPattern().Match(id);
        if (match is null || !match.Success)
        {
            return false;
        }

        var passage = int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
        int? sentence = match.Groups[2].Success ? int.Parse(match.Groups[2].ValueSpan, CultureInfo.InvariantCulture) : null;
        reference = new SentenceRef(passage, sentence);
        return true;
    }

    [GeneratedRegex(@"^\s*\[?\s*S\s*(\d{1,3})(?:\s*\.\s*(\d{1,4}))?\s*\]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex IdPattern();
}

using System.Text.RegularExpressions;

namespace ChatBot.Answers.Answering;

/// <summary>
/// What kind of thing a question asks for beyond its topic: "how many" wants a number, "when" a date. A quote that
/// lacks it does not answer, however many of the question's words it has.
/// </summary>
public static partial class AskedFor
{
    [GeneratedRegex(@"(?<![\p{L}\d.,])\d+(?:[.,]\d{3})*(?:[.,]\d{1,2})?(?![\p{L}\d]|[.,]\d)|\b(twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|honderd\w*|duizend\w*|miljoen\w*|miljard\w*|tientallen|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred\w*|thousand\w*|million\w*|billion\w*|dozens)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"\b(1[89]\d\d|20\d\d|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|june|july|august|october)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateWord();

    // A figure is a number of its own: "15.000", "2,5", "30%", not "B1" or a section number "1.1.1".
    /// <summary>True when the text gives what the question asks for (always, when it asks for nothing in particular).</summary>
    public static bool IsMetBy(QuestionProfile profile, string text)
    {
        if (profile.AsksForQuantity)
        {
            // "How many …?" is not answered by a year ("in 2023"), the question's or any other, nor, unless it asks how
            // long, by a duration ("een pilot van drie jaar").
            var withoutYears = YearNumber().Replace(text, " ");
            if (!profile.AsksForDuration) withoutYears = Duration().Replace(withoutYears, " ");
            if (!Quantity().IsMatch(withoutYears)) return false;
        }

        return !profile.AsksForDate || DateWord().IsMatch(text);
    }

    public static bool AsksForSomething(QuestionProfile profile) => profile.AsksForQuantity || profile.AsksForDate;

    [GeneratedRegex(@"\b(\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+" +
                    @"(jaar|jaren|maand|maanden|week|weken|dag|dagen|uur|year|years|month|months|week|weeks|day|days|hours?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    [GeneratedRegex(@"\b(hoe lang|how long|hoeveel (jaar|jaren|maanden|weken|dagen)|how many (years|months|weeks|days)|welke termijn|which period)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DurationCue();

    /// <summary>"Hoe lang …", "how many years …": a duration answers it.</summary>
    public static bool AsksDuration(string lower) => DurationCue().IsMatch(lower);

    [GeneratedRegex(@"(?<![\d.,])(1[89]\d\d|20\d\d)(?![\d.,]\d)")]
    private static partial Regex YearNumber();

    [GeneratedRegex(@"\d[\d.,]*\d|\d")]
    private static partial Regex Number();

    /// <summary>The numbers in a text, normalised: "15.000", "15,000" and "15000" are one number.</summary>
    public static IEnumerable<string> NumbersIn(string text) =>
        Number().Matches(text).Select(m => m.Value.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal));
}

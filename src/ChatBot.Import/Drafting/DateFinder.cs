using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatBot.Import.Drafting;

/// <summary>A date printed near the top of a document ("12 maart 2023", "30-10-2023", "2023-10-30", "March 12, 2023").</summary>
internal static partial class DateFinder
{
    private static readonly string[] DutchMonths = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
    private static readonly string[] EnglishMonths = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d\d)-(?<m>\d\d)-(?<d>\d\d)(?!\d)")] private static partial Regex Iso();
    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})[-/.](?<m>\d{1,2})[-/.](?<y>(?:19|20)\d\d)(?!\d)")] private static partial Regex DayFirst();
    [GeneratedRegex(@"\b(?<d>\d{1,2})\s+(?<month>[a-z]+)\s+(?<y>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)] private static partial Regex Written();
    [GeneratedRegex(@"\b(?<month>[a-z]+)\s+(?<d>\d{1,2}),?\s+(?<y>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)] private static partial Regex WrittenEnglish();

    /// <summary>The first date in the first <paramref name="lineCount"/> non-empty lines, as yyyy-MM-dd, or null.</summary>
    public static string? FirstDate(string text, int lineCount = 15)
    {
        foreach (var line in text.Split('\n').Where(l => l.Trim().Length > 0).Take(lineCount))
        {
            if (Parse(line) is { } date) return date;
        }

        return null;
    }

    /// <summary>A date anywhere in a short text (a meta tag's value), as yyyy-MM-dd, or null.</summary>
    public static string? Parse(string text)
    {
        if (Iso().Match(text) is { Success: true } iso && Valid(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value) is { } a) return a;
        if (DayFirst().Match(text) is { Success: true } day && Valid(day.Groups["y"].Value, day.Groups["m"].Value, day.Groups["d"].Value) is { } b) return b;
        foreach (var match in Written().Matches(text).Concat(WrittenEnglish().Matches(text)))
        {
            var month = Month(match.Groups["month"].Value);
            if (month > 0 && Valid(match.Groups["y"].Value, month.ToString(CultureInfo.InvariantCulture), match.Groups["d"].Value) is { } c) return c;
        }

        return null;
    }

    private static int Month(string name)
    {
        var lower = name.ToLowerInvariant();
        var nl = Array.IndexOf(DutchMonths, lower);
        var en = Array.IndexOf(EnglishMonths, lower);
        return nl >= 0 ? nl + 1 : en >= 0 ? en + 1 : 0;
    }

    private static string? Valid(string year, string month, string day) =>
        DateOnly.TryParseExact($"{year}-{int.Parse(month, CultureInfo.InvariantCulture):00}-{int.Parse(day, CultureInfo.InvariantCulture):00}", "yyyy-MM-dd",
            CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
}

using System.Globalization;
using System.Text;

namespace ChatBot.Import.Writing;

/// <summary>A file name from a title ("Asiel & migratie — programma 2023" → asiel-migratie-programma-2023.txt), never one already taken.</summary>
internal static class FileNamer
{
    private const int MaxStem = 60;

    public static string Name(string title, Func<string, bool> taken)
    {
        var stem = Stem(title);
        var name = stem + ".txt";
        for (var n = 2; taken(name); n++) name = $"{stem}-{n}.txt";
        return name;
    }

    private static string Stem(string title)
    {
        var sb = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue; // é → e
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }

        var stem = sb.ToString().Trim('-');
        if (stem.Length > MaxStem) stem = stem[..MaxStem].TrimEnd('-');
        return stem.Length == 0 ? "document" : stem;
    }
}

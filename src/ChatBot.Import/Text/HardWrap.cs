namespace ChatBot.Import.Text;

/// <summary>
/// Whether a text's lines are still hard-wrapped (the manifest's <c>format: pdf</c>): many lines stop mid-sentence and
/// the next goes on in lower case.
/// </summary>
internal static class HardWrap
{
    public static bool IsHardWrapped(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count < 4) return false;
        var broken = 0;
        for (var i = 1; i < lines.Count; i++)
        {
            var (a, b) = (lines[i - 1], lines[i]);
            if (char.IsLower(b[0]) && !".!?:;".Contains(a[^1], StringComparison.Ordinal)) broken++;
        }

        return broken * 5 > lines.Count; // more than one line in five
    }
}

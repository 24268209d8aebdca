namespace ChatBot.Answers.Answering;

/// <summary>Tolerance of typos: the nearest vocabulary word within one edit (two for long words), if unique enough.</summary>
public static class Spelling
{
    public static string? Nearest(string word, IReadOnlySet<string> vocabulary)
    {
        // Short words have too many real neighbours ("schop" → "schip", "hoort" → "hoopt") to guess a typo.
        if (word.Length < 6 || word.Any(char.IsDigit)) return null;
        // Two edits turn too many real words into others ("minimale" → "maximale"): only for long words.
        var limit = word.Length >= 10 ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in vocabulary)
        {
            if (Math.Abs(candidate.Length - word.Length) > limit || candidate.Length < 4) continue;
            var d = Distance(word, candidate, limit);
            if (d < bestDistance || d == bestDistance && best is not null && string.CompareOrdinal(candidate, best) < 0)
            {
                bestDistance = d;
                best = candidate;
            }
        }

        return bestDistance <= limit ? best : null;
    }

    /// <summary>Optimal string alignment distance, stopping early past the limit.</summary>
    private static int Distance(string a, string b, int limit)
    {
        var prev2 = new int[b.Length + 1];
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cur[j] = Math.Min(cur[j], prev2[j - 2] + 1);
                }

                rowMin = Math.Min(rowMin, cur[j]);
            }

            if (rowMin > limit) return limit + 1;
            (prev2, prev, cur) = (prev, cur, prev2);
        }

        return prev[b.Length];
    }
}

namespace ChatBot.Answers.Answering;

/// <summary>Splits a plain-text reply into pages of at most <c>limit</c> characters, at paragraph breaks when possible.</summary>
public static class ReplyPager
{
    public static IReadOnlyList<string> Pages(string text, int limit)
    {
        var pages = new List<string>();
        var rest = text.Trim();
        while (rest.Length > limit)
        {
            var cut = rest.LastIndexOf("\n\n", limit, StringComparison.Ordinal);
            if (cut <= 0) cut = rest.LastIndexOf('\n', limit - 1);
            if (cut <= 0) cut = rest.LastIndexOf(' ', limit - 1);
            if (cut <= 0) cut = limit;
            pages.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0 || pages.Count == 0) pages.Add(rest);
        return pages;
    }
}

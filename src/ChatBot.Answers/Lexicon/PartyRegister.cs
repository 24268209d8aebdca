using System.Text.RegularExpressions;

namespace ChatBot.Answers.Lexicon;

/// <summary>One party of the register: its display name, other names (lower case) and whether it needs a capital in text.</summary>
public sealed record RegisteredParty(string Name, IReadOnlyList<string> Aliases, bool Cased);

/// <summary>A party named in a text, at [Start, End).</summary>
public readonly record struct PartyMention(int Start, int End, string Party);

/// <summary>
/// Every party people ask about (seeds/lexicon/parties.tsv), and where a text names one. Longest names win, so
/// "GL-PvdA" is one party, not GroenLinks and PvdA.
/// </summary>
public sealed class PartyRegister
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(500);
    private readonly Regex? _mention;
    private readonly Regex? _mentionHere;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstWords;
    private readonly Dictionary<string, RegisteredParty> _byName;

    public PartyRegister(IReadOnlyList<RegisteredParty> parties)
    {
        Parties = parties;
        _byName = new(StringComparer.OrdinalIgnoreCase);
        var names = new List<(string Pattern, int Length)>();
        var firstWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var everyNameStartsWithAWord = true;
        foreach (var party in parties)
        {
            foreach (var name in party.Aliases.Append(party.Name).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                _byName.TryAdd(name, party);
                var run = FirstRun(name);
                everyNameStartsWithAWord &= run.Length > 0;
                firstWords.Add(run.ToString());
                var words = string.Join(@"\s+", name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));
                // A capital first letter makes an everyday word a name ("Denk wil", "Volt"), in any case after it.
                var pattern = party.Cased ? $"(?-i:[{char.ToUpperInvariant(words[0])}]){words[1..]}" : words;
                names.Add((pattern, name.Length));
            }
        }

        QuestionNames = [.. parties.SelectMany(p => p.Aliases.Append(p.Name.ToLowerInvariant()).Distinct().Select(a => (Name: a, Party: p)))
            .OrderByDescending(x => x.Name.Length).Select(x => (Retrieval.Words.Split(x.Name), x.Party))];
        if (names.Count > 0)
        {
            var alternatives = string.Join('|', names.OrderByDescending(n => n.Length).Select(n => n.Pattern));
            _mention = new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{alternatives})(?![\p{{L}}\p{{N}}])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
            // Tried only where a word starts that begins some name: scanning every position with hundreds of
            // alternatives was most of a large corpus' load time.
            if (everyNameStartsWithAWord) _mentionHere = new Regex($@"\G(?:{alternatives})(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
        }

        _firstWords = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || char.IsNumber(c);

    /// <summary>The letters and digits a text starts with ("gl" of "GL-PvdA", "partij" of "partij van de arbeid").</summary>
    private static ReadOnlySpan<char> FirstRun(ReadOnlySpan<char> text)
    {
        var n = 0;
        while (n < text.Length && IsWordChar(text[n])) n++;
        return text[..n];
    }

    public static PartyRegister Empty { get; } = new([]);

    /// <summary>Every name of every party as a question's words, longest first: what a question is matched against.</summary>
    public IReadOnlyList<(IReadOnlyList<string> Words, RegisteredParty Party)> QuestionNames { get; }

    public IReadOnlyList<RegisteredParty> Parties { get; }

    /// <summary>The party a name stands for ("partij van de arbeid" → PvdA), or null.</summary>
    public RegisteredParty? Find(string name) => _byName.GetValueOrDefault(name.Trim());

    /// <summary>Every party mention in a span of text, in order.</summary>
    public IReadOnlyList<PartyMention> Mentions(string text, int start, int end)
    {
        if (_mention is null || end <= start) return [];
        return _mentionHere is not null ? MentionsAtWords(text, start, end) : MentionsByScan(text, start, end);
    }

    /// <summary>The one pattern run over the whole span (kept for names that do not start with a letter or digit).</summary>
    internal IReadOnlyList<PartyMention> MentionsByScan(string text, int start, int end)
    {
        if (_mention is null || end <= start) return [];
        var found = new List<PartyMention>();
        for (var m = _mention.Match(text, start, end - start); m.Success; m = m.NextMatch())
        {
            if (Find(Regex.Replace(m.Value, @"\s+", " ")) is { } party) found.Add(new PartyMention(m.Index, m.Index + m.Length, party.Name));
        }

        return found;
    }

    /// <summary>The same matches as the one pattern over the span, tried only at word starts that begin a name.</summary>
    private List<PartyMention> MentionsAtWords(string text, int start, int end)
    {
        var found = new List<PartyMention>();
        var i = start;
        while (i < end)
        {
            if (!IsWordChar(text[i]) || i > start && IsWordChar(text[i - 1]))
            {
                i++;
                continue;
            }

            var run = FirstRun(text.AsSpan(i, end - i));
            if (_firstWords.Contains(run) && _mentionHere!.Match(text, i, end - i) is { Success: true } m)
            {
                if (Find(Regex.Replace(m.Value, @"\s+", " ")) is { } party) found.Add(new PartyMention(m.Index, m.Index + m.Length, party.Name));
                i = m.Index + m.Length;
                continue;
            }

            i += run.Length;
        }

        return found;
    }
}

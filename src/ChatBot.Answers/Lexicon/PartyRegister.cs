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
    private readonly Dictionary<string, RegisteredParty> _byName;

    public PartyRegister(IReadOnlyList<RegisteredParty> parties)
    {
        Parties = parties;
        _byName = new(StringComparer.OrdinalIgnoreCase);
        var names = new List<(string Pattern, int Length)>();
        foreach (var party in parties)
        {
            foreach (var name in party.Aliases.Append(party.Name).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                _byName.TryAdd(name, party);
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
        }
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
        var found = new List<PartyMention>();
        for (var m = _mention.Match(text, start, end - start); m.Success; m = m.NextMatch())
        {
            if (Find(Regex.Replace(m.Value, @"\s+", " ")) is { } party) found.Add(new PartyMention(m.Index, m.Index + m.Length, party.Name));
        }

        return found;
    }
}

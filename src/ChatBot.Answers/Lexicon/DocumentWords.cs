using ChatBot.Answers.Model;

namespace ChatBot.Answers.Lexicon;

/// <summary>
/// The words people use to describe a document rather than name its publisher (seeds/lexicon/documents.tsv): kinds of
/// document ("brief", "letter"), the language it is in ("engelse"), and which edition ("oude", "latest").
/// </summary>
public sealed class DocumentWords
{
    public static readonly IReadOnlyList<string> Roles = ["kind", "language-nl", "language-en", "older", "newer"];

    private readonly Dictionary<string, int> _kindOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Language> _language = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _age = new(StringComparer.Ordinal);

    public DocumentWords(IReadOnlyList<(string Role, IReadOnlyList<string> Words)> lines)
    {
        var kind = 0;
        foreach (var (role, words) in lines)
        {
            foreach (var word in words)
            {
                switch (role)
                {
                    case "kind": _kindOf.TryAdd(word, kind); break;
                    case "language-nl": _language.TryAdd(word, Language.Nl); break;
                    case "language-en": _language.TryAdd(word, Language.En); break;
                    case "older": _age.TryAdd(word, -1); break;
                    case "newer": _age.TryAdd(word, 1); break;
                }
            }

            if (role == "kind") kind++;
        }
    }

    public static DocumentWords Empty { get; } = new([]);

    /// <summary>The kind a word names (an id shared by its synonyms in both languages), or null.</summary>
    public int? Kind(string word) => _kindOf.TryGetValue(word, out var k) ? k : null;

    public Language? LanguageOf(string word) => _language.TryGetValue(word, out var l) ? l : null;

    /// <summary>-1 for "older", +1 for "newer", 0 otherwise.</summary>
    public int Age(string word) => _age.GetValueOrDefault(word);
}

namespace ChatBot.Answers.Retrieval;

/// <summary>
/// Every field term ("nl:asiel") of a snapshot once, numbered: passages and sentences hold ids into it instead of
/// their own copies of the strings. Filled while the index is built, read-only afterwards.
/// </summary>
public sealed class TermDictionary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];

    public TermDictionary()
    {
        _byChars = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byChars;

    public int Count => _terms.Count;

    public string this[int id] => _terms[id];

    /// <summary>The term's id, numbering it when it is new.</summary>
    public int Add(string fieldTerm)
    {
        if (_ids.TryGetValue(fieldTerm, out var id)) return id;
        id = _terms.Count;
        _ids.Add(fieldTerm, id);
        _terms.Add(fieldTerm);
        return id;
    }

    /// <summary>As <see cref="Add(string)"/>, without making a string for a term already known.</summary>
    public int Add(ReadOnlySpan<char> fieldTerm) => _byChars.TryGetValue(fieldTerm, out var id) ? id : Add(fieldTerm.ToString());

    public bool TryGetId(string fieldTerm, out int id) => _ids.TryGetValue(fieldTerm, out id);

    /// <summary>The terms in id order, for saving with an index.</summary>
    public IReadOnlyList<string> Terms => _terms;
}

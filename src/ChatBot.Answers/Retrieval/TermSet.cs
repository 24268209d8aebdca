using System.Collections;

namespace ChatBot.Answers.Retrieval;

/// <summary>
/// A passage's or sentence's field terms as sorted ids into the snapshot's <see cref="TermDictionary"/>: a few bytes
/// per term instead of a hash set of strings per sentence (two thirds of the memory at 1,000 documents).
/// </summary>
public sealed class TermSet : IReadOnlySet<string>
{
    private readonly TermDictionary _dictionary;
    private readonly int[] _ids;

    /// <param name="ids">Distinct and sorted ascending.</param>
    public TermSet(TermDictionary dictionary, int[] ids)
    {
        _dictionary = dictionary;
        _ids = ids;
    }

    public static TermSet Of(TermDictionary dictionary, IEnumerable<int> ids)
    {
        var sorted = ids.Distinct().ToArray();
        Array.Sort(sorted);
        return new TermSet(dictionary, sorted);
    }

    /// <summary>The ids, sorted ascending (not to be changed).</summary>
    public ReadOnlySpan<int> Ids => _ids;

    public int Count => _ids.Length;

    public bool Contains(string item) => _dictionary.TryGetId(item, out var id) && ContainsId(id);

    public bool ContainsId(int id) => Array.BinarySearch(_ids, id) >= 0;

    public IEnumerator<string> GetEnumerator()
    {
        foreach (var id in _ids) yield return _dictionary[id];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // The set algebra is not on any answer's path; it goes through an ordinary set.
    private HashSet<string> Copy() => new(this, StringComparer.Ordinal);

    public bool IsProperSubsetOf(IEnumerable<string> other) => Copy().IsProperSubsetOf(other);

    public bool IsProperSupersetOf(IEnumerable<string> other) => Copy().IsProperSupersetOf(other);

    public bool IsSubsetOf(IEnumerable<string> other) => Copy().IsSubsetOf(other);

    public bool IsSupersetOf(IEnumerable<string> other) => other.All(Contains);

    public bool Overlaps(IEnumerable<string> other) => other.Any(Contains);

    public bool SetEquals(IEnumerable<string> other) => Copy().SetEquals(other);
}

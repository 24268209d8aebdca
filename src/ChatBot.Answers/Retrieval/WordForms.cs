using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ChatBot.Answers.Retrieval;

/// <summary>
/// What the last steps of an analysis chain (compound splitting, stemming) make of one word: its stem, then its
/// parts' stems. Those steps depend on the word alone, and a corpus uses the same words again and again, so each
/// word is worked out once; that made analysis several times faster on large corpora.
/// </summary>
internal sealed class WordForms(Analyzer wordChain)
{
    // Bounded, so questions full of made-up words cannot grow it without end; a corpus' vocabulary fits easily.
    private const int MaxWords = 2_000_000;

    private readonly ConcurrentDictionary<string, string[]> _forms = new(StringComparer.Ordinal);

    public string[] Of(ReadOnlySpan<char> word)
    {
        var lookup = _forms.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var known)) return known;
        var text = word.ToString();
        var forms = Analyse(text);
        if (_forms.Count < MaxWords) _forms.TryAdd(text, forms);
        return forms;
    }

    private string[] Analyse(string word)
    {
        var forms = new List<string>(2);
        using var stream = wordChain.GetTokenStream("word", word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) forms.Add(term.ToString());
        stream.End();
        return [.. forms];
    }
}

/// <summary>Replaces each token by its cached forms: the first keeps the token's position, the rest stand at it.</summary>
internal sealed class WordFormsFilter : TokenFilter
{
    private readonly WordForms _forms;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private string[]? _pending;
    private int _next;

    public WordFormsFilter(TokenStream input, WordForms forms) : base(input)
    {
        _forms = forms;
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending is not null && _next < _pending.Length)
        {
            _term.SetEmpty().Append(_pending[_next++]);
            _increment.PositionIncrement = 0;
            return true;
        }

        _pending = null;
        string[] forms;
        do
        {
            if (!m_input.IncrementToken()) return false;
            forms = _forms.Of(_term.Buffer.AsSpan(0, _term.Length));
        }
        while (forms.Length == 0);

        _term.SetEmpty().Append(forms[0]);
        if (forms.Length > 1) (_pending, _next) = (forms, 1);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending = null;
    }
}

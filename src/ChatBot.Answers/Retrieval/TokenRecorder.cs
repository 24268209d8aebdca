using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ChatBot.Answers.Retrieval;

/// <summary>
/// Passes the analysed tokens on to the index writer and keeps each one's term id and start offset, so a text is
/// analysed once for Lucene, its sentences' terms and its heading's terms together.
/// </summary>
internal sealed class TokenRecorder : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly TermDictionary _dictionary;
    private readonly List<(int Id, int Start)> _tokens;
    private char[] _buffer;
    private readonly int _prefix;

    public TokenRecorder(TokenStream input, string field, TermDictionary dictionary, List<(int Id, int Start)> tokens) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _dictionary = dictionary;
        _tokens = tokens;
        _prefix = field.Length + 1;
        _buffer = new char[_prefix + 32];
        field.CopyTo(_buffer);
        _buffer[field.Length] = ':';
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var length = _term.Length;
        if (_buffer.Length < _prefix + length) Array.Resize(ref _buffer, _prefix + length * 2);
        Array.Copy(_term.Buffer, 0, _buffer, _prefix, length);
        _tokens.Add((_dictionary.Add(_buffer.AsSpan(0, _prefix + length)), _offset.StartOffset));
        return true;
    }
}

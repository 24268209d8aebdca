using ChatBot.Answers.Model;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace ChatBot.Answers.Retrieval;

/// <summary>
/// The two Lucene analysis chains. Dutch: lower-case, fold accents, stop words, split compounds against the corpus'
/// own vocabulary (vreemdelingenbewaring → vreemdelingen + bewaring), Snowball stemming. English: the same without
/// compounds. Each language has its own field, so stems of one never collide with the other's.
/// </summary>
public sealed class TextAnalysis : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
    public const string DutchField = "nl";
    public const string EnglishField = "en";

    private readonly Analyzer _dutch;
    private readonly Analyzer _english;

    public TextAnalysis(IEnumerable<string> dutchVocabulary)
    {
        var dictionary = new CharArraySet(Version, 1024, ignoreCase: true);
        foreach (var word in dutchVocabulary)
        {
            if (word.Length is >= 4 and <= 20 && !DutchAnalyzer.DefaultStopSet.Contains(word))
            {
                dictionary.Add(word);
            }
        }

        _dutch = Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new LowerCaseFilter(Version, source);
            stream = new ASCIIFoldingFilter(stream);
            stream = new StopFilter(Version, stream, DutchAnalyzer.DefaultStopSet);
            stream = new DictionaryCompoundWordTokenFilter(Version, stream, dictionary, 8, 4, 20, onlyLongestMatch: false);
            stream = new SnowballFilter(stream, new Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer());
            return new TokenStreamComponents(source, stream);
        });
        _english = Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new EnglishPossessiveFilter(Version, source);
            stream = new LowerCaseFilter(Version, stream);
            stream = new ASCIIFoldingFilter(stream);
            stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
            stream = new SnowballFilter(stream, new Lucene.Net.Tartarus.Snowball.Ext.EnglishStemmer());
            return new TokenStreamComponents(source, stream);
        });
    }

    public static string Field(Language language) => language == Language.Nl ? DutchField : EnglishField;

    public Analyzer For(Language language) => language == Language.Nl ? _dutch : _english;

    /// <summary>The index terms a text yields in one language's field.</summary>
    public IReadOnlyList<string> Terms(Language language, string text)
    {
        var terms = new List<string>();
        using var stream = For(language).GetTokenStream(Field(language), text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    /// <summary>
    /// The terms of a text grouped by word: each word's own stem and, for a Dutch compound, its parts' stems
    /// (emitted by the compound filter at the same position).
    /// </summary>
    public IReadOnlyList<(string Stem, IReadOnlyList<string> Parts)> TermsByWord(Language language, string text)
    {
        var words = new List<(string Stem, List<string> Parts)>();
        using var stream = For(language).GetTokenStream(Field(language), text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (increment.PositionIncrement == 0 && words.Count > 0)
            {
                words[^1].Parts.Add(term.ToString());
            }
            else
            {
                words.Add((term.ToString(), []));
            }
        }

        stream.End();
        return [.. words.Select(w => (w.Stem, (IReadOnlyList<string>)w.Parts))];
    }

    public void Dispose()
    {
        _dutch.Dispose();
        _english.Dispose();
    }
}

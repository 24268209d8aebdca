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
/// compounds. Splitting and stemming are worked out once per distinct word (<see cref="WordForms"/>). Each language has its own field, so stems of one never collide with the other's.
/// </summary>
public sealed class TextAnalysis : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
    public const string DutchField = "nl";
    public const string EnglishField = "en";

    private readonly Analyzer _dutch;
    private readonly Analyzer _english;
    private readonly Analyzer _dutchWord;
    private readonly Analyzer _englishWord;
    private readonly Analyzer _dutchDirect;
    private readonly Analyzer _englishDirect;

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

        _dutchWord = Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new KeywordTokenizer(reader);
            TokenStream stream = new DictionaryCompoundWordTokenFilter(Version, source, dictionary, 8, 4, 20, onlyLongestMatch: false);
            stream = new SnowballFilter(stream, new Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer());
            return new TokenStreamComponents(source, stream);
        });
        _englishWord = Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new KeywordTokenizer(reader);
            return new TokenStreamComponents(source, new SnowballFilter(source, new Lucene.Net.Tartarus.Snowball.Ext.EnglishStemmer()));
        });
        var dutchForms = new WordForms(_dutchWord);
        var englishForms = new WordForms(_englishWord);
        _dutch = Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new StandardTokenizer(Version, reader);
            return new TokenStreamComponents(source, new WordFormsFilter(DutchWords(source), dutchForms));
        });
        _english = Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new StandardTokenizer(Version, reader);
            return new TokenStreamComponents(source, new WordFormsFilter(EnglishWords(source), englishForms));
        });
        _dutchDirect = Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new DictionaryCompoundWordTokenFilter(Version, DutchWords(source), dictionary, 8, 4, 20, onlyLongestMatch: false);
            return new TokenStreamComponents(source, new SnowballFilter(stream, new Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer()));
        });
        _englishDirect = Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new StandardTokenizer(Version, reader);
            return new TokenStreamComponents(source, new SnowballFilter(EnglishWords(source), new Lucene.Net.Tartarus.Snowball.Ext.EnglishStemmer()));
        });
    }

    // The word-level steps (lower case, accents, stop words) run on every token; compounds and stems come from WordForms.
    private static TokenStream DutchWords(Tokenizer source)
    {
        TokenStream stream = new LowerCaseFilter(Version, source);
        stream = new ASCIIFoldingFilter(stream);
        return new StopFilter(Version, stream, DutchAnalyzer.DefaultStopSet);
    }

    private static TokenStream EnglishWords(Tokenizer source)
    {
        TokenStream stream = new EnglishPossessiveFilter(Version, source);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        return new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
    }

    /// <summary>The same chain without the word cache, token by token as Lucene ships it: what the cache must equal.</summary>
    internal Analyzer Direct(Language language) => language == Language.Nl ? _dutchDirect : _englishDirect;

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
        _dutchWord.Dispose();
        _englishWord.Dispose();
        _dutchDirect.Dispose();
        _englishDirect.Dispose();
    }
}

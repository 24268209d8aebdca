using ChatBot.Answers.Corpus.Segmentation;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace ChatBot.Answers.Retrieval;

/// <summary>
/// Adds passages to a Lucene index and works out their terms in the same analysis pass: the tokens the writer indexes
/// are recorded with their offsets and shared out to the sentences they stand in, the heading's to the context.
/// </summary>
internal sealed class PassageAnalyser(TextAnalysis analysis, TermDictionary dictionary)
{
    public const string WhoField = "who";
    public const string FileField = "file";
    /// <summary>Whose own words a passage is: its publisher and the parties its document speaks for.</summary>
    public const string VoiceField = "voice";

    private readonly List<(int Id, int Start)> _tokens = [];

    /// <param name="first">The document's first passage: its title is indexed with it.</param>
    public IndexedPassage Add(IndexWriter writer, Passage passage, bool first)
    {
        var language = passage.Document.Info.Language;
        var field = TextAnalysis.Field(language);
        var body = passage.Text;
        var context = first ? passage.Section + " " + passage.Document.Info.Title : passage.Section;
        _tokens.Clear();
        var stream = new TokenRecorder(analysis.For(language).GetTokenStream(field, body + "\n" + context), field, dictionary, _tokens);
        var doc = new Document
        {
            new TextField(field, stream),
            new StringField(FileField, passage.Document.File, Field.Store.NO),
        };
        foreach (var who in passage.Who) doc.Add(new StringField(WhoField, who, Field.Store.NO));
        foreach (var voice in passage.Speakers.Prepend(passage.Document.Publisher).Distinct(StringComparer.Ordinal))
        {
            doc.Add(new StringField(VoiceField, voice, Field.Store.NO));
        }

        writer.AddDocument(doc);
        return Split(passage, body.Length);
    }

    private IndexedPassage Split(Passage passage, int bodyLength)
    {
        var sentences = passage.Sentences;
        var perSentence = new List<int>[sentences.Count];
        for (var i = 0; i < perSentence.Length; i++) perSentence[i] = [];
        var context = new List<int>();
        int s = 0, p = 0;
        foreach (var (id, start) in _tokens)
        {
            if (start > bodyLength)
            {
                context.Add(id);
                continue;
            }

            // Tokens come in text order: move on to the piece that ends after this one starts.
            var at = passage.Start + start;
            while (s < sentences.Count)
            {
                var pieces = sentences[s].Pieces;
                if (p < pieces.Count && pieces[p].End > at) break;
                if (++p >= pieces.Count)
                {
                    s++;
                    p = 0;
                }
            }

            // Between pieces (a page number, a footnote left out) a token belongs to no sentence.
            if (s < sentences.Count && sentences[s].Pieces[p].Start <= at) perSentence[s].Add(id);
        }

        var sentenceSets = perSentence.Select(ids => (IReadOnlySet<string>)TermSet.Of(dictionary, ids)).ToList();
        var union = TermSet.Of(dictionary, perSentence.SelectMany(ids => ids));
        var contextOnly = TermSet.Of(dictionary, context.Where(id => !union.ContainsId(id)));
        return new IndexedPassage(passage, TermSet.Of(dictionary, perSentence.SelectMany(ids => ids).Concat(contextOnly.Ids.ToArray())), sentenceSets)
        {
            ContextTerms = contextOnly,
        };
    }
}

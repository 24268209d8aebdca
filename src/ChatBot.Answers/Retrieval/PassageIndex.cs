using ChatBot.Answers.Corpus.Segmentation;
using ChatBot.Answers.Model;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace ChatBot.Answers.Retrieval;

/// <summary>
/// An in-memory Lucene index with one document per passage. A passage's text goes into the field of its document's
/// language; its section heading (and, for a document's first passage, the title) is indexed with it, so a passage
/// under "Kinderpardon" is found for "kinderpardon".
/// </summary>
public sealed class PassageIndex : IDisposable
{
    private const string WhoField = "who";

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public PassageIndex(IReadOnlyList<Passage> passages, TextAnalysis analysis)
    {
        Analysis = analysis;
        var indexed = new List<IndexedPassage>(passages.Count);
        var config = new IndexWriterConfig(TextAnalysis.Version, analysis.For(Language.Nl))
        {
            Similarity = new BM25Similarity(),
            OpenMode = OpenMode.CREATE,
        };
        using (var writer = new IndexWriter(_directory, config))
        {
            var firstOfDocument = new HashSet<string>(StringComparer.Ordinal);
            foreach (var passage in passages)
            {
                var language = passage.Document.Info.Language;
                var field = TextAnalysis.Field(language);
                var body = passage.Text;
                var context = passage.Section;
                if (firstOfDocument.Add(passage.Document.File))
                {
                    context += " " + passage.Document.Info.Title;
                }

                var doc = new Document
                {
                    new TextField(field, body + "\n" + context, Field.Store.NO),
                };
                foreach (var who in passage.Who) doc.Add(new StringField(WhoField, who, Field.Store.NO));
                writer.AddDocument(doc, analysis.For(language));

                // Analysed once per sentence; the passage's terms are their union plus its heading (and title).
                var sentenceTerms = passage.Sentences
                    .Select(s => (IReadOnlySet<string>)analysis.Terms(language, string.Join(' ', s.Pieces.Select(p => passage.Document.Text[p.Start..p.End])))
                        .Select(t => field + ":" + t).ToHashSet(StringComparer.Ordinal))
                    .ToList();
                var sentenceUnion = sentenceTerms.SelectMany(t => t).ToHashSet(StringComparer.Ordinal);
                var contextTerms = analysis.Terms(language, context).Select(t => field + ":" + t).Where(t => !sentenceUnion.Contains(t))
                    .ToHashSet(StringComparer.Ordinal);
                indexed.Add(new IndexedPassage(passage, sentenceUnion.Concat(contextTerms).ToHashSet(StringComparer.Ordinal), sentenceTerms)
                {
                    ContextTerms = contextTerms,
                });
            }

            writer.ForceMerge(1);
            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        Passages = indexed;
    }

    public TextAnalysis Analysis { get; }

    public IReadOnlyList<IndexedPassage> Passages { get; }


    public int DocumentCount => _reader.NumDocs;

    /// <summary>How many passages hold a term ("nl:asiel"); 0 when the corpus never uses it.</summary>
    public int DocumentFrequency(string fieldTerm)
    {
        var colon = fieldTerm.IndexOf(':', StringComparison.Ordinal);
        return _reader.DocFreq(new Term(fieldTerm[..colon], fieldTerm[(colon + 1)..]));
    }

    /// <summary>BM25 search over weighted field terms, optionally only within passages by or about some publishers or parties.</summary>
    public IReadOnlyList<PassageHit> Search(IReadOnlyDictionary<string, float> weightedTerms, IReadOnlyCollection<string>? publishers, int count)
    {
        if (weightedTerms.Count == 0)
        {
            return [];
        }

        var should = new BooleanQuery();
        foreach (var (fieldTerm, weight) in weightedTerms)
        {
            var colon = fieldTerm.IndexOf(':', StringComparison.Ordinal);
            should.Add(new TermQuery(new Term(fieldTerm[..colon], fieldTerm[(colon + 1)..])) { Boost = weight }, Occur.SHOULD);
        }

        Query query = should;
        if (publishers is { Count: > 0 })
        {
            var filter = new BooleanQuery();
            foreach (var publisher in publishers)
            {
                filter.Add(new TermQuery(new Term(WhoField, publisher)), Occur.SHOULD);
            }

            query = new BooleanQuery { { should, Occur.MUST }, { filter, Occur.MUST } };
        }

        var top = _searcher.Search(query, count);
        var hits = new List<PassageHit>(top.ScoreDocs.Length);
        foreach (var scoreDoc in top.ScoreDocs)
        {
            // One segment written in order, never deleted from: the Lucene doc id is the passage's position.
            hits.Add(new PassageHit(Passages[scoreDoc.Doc], scoreDoc.Score));
        }

        return hits;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}

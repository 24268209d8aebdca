using ChatBot.Answers.Corpus.Segmentation;
using ChatBot.Answers.Model;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace ChatBot.Answers.Retrieval;

/// <summary>
/// A Lucene index with one document per passage, in memory or in a folder (<see cref="IndexStore"/>). A passage's text
/// goes into the field of its document's language; its section heading (and, for a document's first passage, the
/// title) is indexed with it, so a passage under "Kinderpardon" is found for "kinderpardon".
/// </summary>
public sealed class PassageIndex : IDisposable
{
    private const string WhoField = PassageAnalyser.WhoField;

    private readonly Lucene.Net.Store.Directory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    /// <summary>Builds an index in memory.</summary>
    public PassageIndex(IReadOnlyList<Passage> passages, TextAnalysis analysis)
        : this(Write(new RAMDirectory(), passages, analysis), analysis)
    {
    }

    private PassageIndex(Written written, TextAnalysis analysis)
    {
        _directory = written.Directory;
        Analysis = analysis;
        Terms = written.Terms;
        Passages = written.Passages;
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        if (_reader.MaxDoc != Passages.Count || _reader.NumDocs != Passages.Count)
        {
            var held = _reader.MaxDoc;
            _reader.Dispose();
            throw new InvalidDataException($"the index holds {held} passages, the corpus {Passages.Count}");
        }
    }

    /// <summary>What writing an index leaves: its folder, the passages with their terms, and the terms' ids.</summary>
    internal sealed record Written(Lucene.Net.Store.Directory Directory, IReadOnlyList<IndexedPassage> Passages, TermDictionary Terms);

    /// <summary>Opens an index written before, with the passages and terms saved beside it.</summary>
    internal static PassageIndex Open(Written written, TextAnalysis analysis) => new(written, analysis);

    /// <summary>Writes the passages into an empty directory as one segment, in order: a Lucene doc id is a passage's position.</summary>
    internal static Written Write(Lucene.Net.Store.Directory directory, IReadOnlyList<Passage> passages, TextAnalysis analysis)
    {
        var terms = new TermDictionary();
        var indexed = new List<IndexedPassage>(passages.Count);
        var config = new IndexWriterConfig(TextAnalysis.Version, analysis.For(Language.Nl))
        {
            Similarity = new BM25Similarity(),
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 64,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            var analyser = new PassageAnalyser(analysis, terms);
            var firstOfDocument = new HashSet<string>(StringComparer.Ordinal);
            foreach (var passage in passages)
            {
                indexed.Add(analyser.Add(writer, passage, firstOfDocument.Add(passage.Document.File)));
            }

            writer.ForceMerge(1);
            writer.Commit();
        }

        return new Written(directory, indexed, terms);
    }

    /// <summary>Every field term of the corpus once; passages' term sets are ids into it.</summary>
    public TermDictionary Terms { get; }

    public TextAnalysis Analysis { get; }

    public IReadOnlyList<IndexedPassage> Passages { get; }


    public int DocumentCount => _reader.NumDocs;

    /// <summary>How many passages hold a term ("nl:asiel"); 0 when the corpus never uses it.</summary>
    public int DocumentFrequency(string fieldTerm)
    {
        var colon = fieldTerm.IndexOf(':', StringComparison.Ordinal);
        return _reader.DocFreq(new Term(fieldTerm[..colon], fieldTerm[(colon + 1)..]));
    }

    /// <summary>
    /// BM25 search over weighted field terms, optionally only within passages by or about some publishers or parties.
    /// With names, the passages in their own words (their programme, a text they signed) and those of others about
    /// them are searched apart, up to <paramref name="count"/> each: however many documents mention a party, they
    /// cannot push its own passages out of the candidates.
    /// </summary>
    /// <param name="files">When given, only passages of these documents (a document the question described).</param>
    public IReadOnlyList<PassageHit> Search(IReadOnlyDictionary<string, float> weightedTerms, IReadOnlyCollection<string>? publishers, int count,
        IReadOnlyCollection<string>? files = null)
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

        if (files is not null)
        {
            // The documents are named: whose voice they are is already decided, one search does.
            if (files.Count == 0) return [];
            var within = new BooleanQuery { { should, Occur.MUST }, { AnyOf(PassageAnalyser.FileField, files), Occur.MUST } };
            if (publishers is { Count: > 0 }) within.Add(AnyOf(WhoField, publishers), Occur.MUST);
            return Hits(within, null, count);
        }

        if (publishers is not { Count: > 0 })
        {
            return Hits(should, null, count);
        }

        // Scored as one query with the names (as before the split); whose words they are only filters.
        var query = new BooleanQuery { { should, Occur.MUST }, { AnyOf(WhoField, publishers), Occur.MUST } };
        var split = new VoiceSplitCollector(new QueryWrapperFilter(AnyOf(PassageAnalyser.VoiceField, publishers)), count);
        _searcher.Search(query, split);
        return [.. Hits(split.Own).Concat(Hits(split.Others)).OrderByDescending(h => h.Score)];
    }

    private static BooleanQuery AnyOf(string field, IReadOnlyCollection<string> values)
    {
        var any = new BooleanQuery();
        foreach (var value in values)
        {
            any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }

        return any;
    }

    private List<PassageHit> Hits(Query query, Filter? filter, int count) => Hits(_searcher.Search(query, filter, count));

    private List<PassageHit> Hits(TopDocs top)
    {
        var hits = new List<PassageHit>(top.ScoreDocs.Length);
        foreach (var scoreDoc in top.ScoreDocs)
        {
            // One segment written in order, never deleted from: the Lucene doc id is the passage's position.
            hits.Add(new PassageHit(Passages[scoreDoc.Doc], scoreDoc.Score));
        }

        return hits;
    }

    /// <summary>Every segment's checksums: a damaged or half-written file fails here rather than in a search.</summary>
    internal void CheckIntegrity()
    {
        foreach (var leaf in _reader.Leaves) leaf.AtomicReader.CheckIntegrity();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}

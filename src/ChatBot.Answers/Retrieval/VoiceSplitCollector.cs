using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ChatBot.Answers.Retrieval;

/// <summary>
/// One pass over a query's hits that keeps the best N passages in a party's own words and the best N others apart:
/// the same two lists as two filtered searches, for the cost of one.
/// </summary>
internal sealed class VoiceSplitCollector(Filter own, int count) : ICollector
{
    private readonly TopScoreDocCollector _own = TopScoreDocCollector.Create(count, docsScoredInOrder: true);
    private readonly TopScoreDocCollector _others = TopScoreDocCollector.Create(count, docsScoredInOrder: true);
    private FixedBitSet _ownDocs = new(0);

    public TopDocs Own => _own.GetTopDocs();

    public TopDocs Others => _others.GetTopDocs();

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer)
    {
        _own.SetScorer(scorer);
        _others.SetScorer(scorer);
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _own.SetNextReader(context);
        _others.SetNextReader(context);
        _ownDocs = new FixedBitSet(context.AtomicReader.MaxDoc);
        if (own.GetDocIdSet(context, context.AtomicReader.LiveDocs)?.GetIterator() is { } docs) _ownDocs.Or(docs);
    }

    public void Collect(int doc)
    {
        if (_ownDocs.Get(doc)) _own.Collect(doc);
        else _others.Collect(doc);
    }
}

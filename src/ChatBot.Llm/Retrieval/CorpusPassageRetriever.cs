using System.Globalization;
using ChatBot.Answers.Answering;
using ChatBot.Answers.Corpus;
using ChatBot.Answers.Corpus.Segmentation;

namespace ChatBot.Llm.Retrieval;

/// <summary>
/// The model's retrieval over the same Lucene index and concept ranking as the extractive answers. Sentence pieces
/// are handed over one by one, so a page number or footnote inside a sentence can never be quoted.
/// </summary>
public sealed class CorpusPassageRetriever(ICorpusProvider corpus) : IPassageRetriever, IPassageSource
{
    public Task<IReadOnlyList<RetrievedPassage>> RetrieveAsync(string query, int count, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var snapshot = corpus.Current;
        var profile = QuestionReader.Read(query, null, snapshot);
        var concepts = ConceptBuilder.Build(profile.ContentWords, profile.Language, snapshot);
        var ranked = PassageRanker.Rank(snapshot, concepts, profile, profile.Publishers.Count > 0 ? profile.Publishers : null, Math.Max(count, 1));
        IReadOnlyList<RetrievedPassage> passages = [.. ranked.Take(count).Select(r => Map(r.Indexed.Passage))];
        return Task.FromResult(passages);
    }

    public Task<IReadOnlyList<RetrievedPassage>> AllPassagesAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<RetrievedPassage> passages = [.. corpus.Current.Passages.Select(Map)];
        return Task.FromResult(passages);
    }

    private static RetrievedPassage Map(Passage p) => new(
        p.Id.ToString(CultureInfo.InvariantCulture), p.Document.File, p.Document.Publisher, p.Document.Info.Title,
        QuoteBuilder.FormatDate(p.Document.Info), p.Section, p.Start, p.End, p.Text,
        [.. p.Sentences.SelectMany(s => s.Pieces).Select(x => (x.Start, x.End))]);
}

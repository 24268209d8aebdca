using ChatBot.Answers.Corpus.Segmentation;

namespace ChatBot.Answers.Retrieval;

/// <summary>
/// A passage with the index terms of its text and of each sentence, for coverage and quote choice; ContextTerms are
/// those of its heading (and title) that no sentence has.
/// </summary>
public sealed record IndexedPassage(Passage Passage, IReadOnlySet<string> Terms, IReadOnlyList<IReadOnlySet<string>> SentenceTerms)
{
    public IReadOnlySet<string> ContextTerms { get; init; } = new HashSet<string>();
}

/// <summary>One search hit: the passage and Lucene's BM25 score.</summary>
public readonly record struct PassageHit(IndexedPassage Passage, float Score);

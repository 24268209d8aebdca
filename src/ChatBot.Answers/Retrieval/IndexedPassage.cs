using ChatBot.Answers.Corpus.Segmentation;

namespace ChatBot.Answers.Retrieval;

/// <summary>A passage with the index terms of its text and of each sentence, for coverage and quote choice.</summary>
public sealed record IndexedPassage(Passage Passage, IReadOnlySet<string> Terms, IReadOnlyList<IReadOnlySet<string>> SentenceTerms);

/// <summary>One search hit: the passage and Lucene's BM25 score.</summary>
public readonly record struct PassageHit(IndexedPassage Passage, float Score);

using ChatBot.Answers.Retrieval;

namespace ChatBot.Answers.Answering;

/// <summary>Chooses the one or two sentences of a passage that carry most of the question's concepts.</summary>
public static class SentencePicker
{
    private const int MaxQuoteLength = 450;

    public static IReadOnlyList<int> Pick(IndexedPassage passage, IReadOnlyList<Concept> concepts)
    {
        var sentences = passage.Passage.Sentences;
        if (sentences.Count == 0) return [];
        var matched = passage.SentenceTerms.Select(terms => concepts.Where(c => c.MatchedBy(terms)).ToHashSet()).ToList();
        var best = 0;
        for (var i = 1; i < sentences.Count; i++)
        {
            if (Weight(matched[i]) > Weight(matched[best])) best = i;
        }

        var picked = new List<int> { best };
        var total = concepts.Sum(c => c.Weight);
        var second = -1;
        var gain = 0f;
        for (var i = 0; i < sentences.Count; i++)
        {
            if (i == best) continue;
            var g = Weight(matched[i].Except(matched[best]));
            var length = Length(sentences[best]) + Length(sentences[i]);
            if (g > gain && length <= MaxQuoteLength) { gain = g; second = i; }
        }

        if (second >= 0 && gain >= 0.2 * total) picked.Add(second);

        // A very short sentence ("Crisiscentra worden gesloten.") reads better with its neighbour.
        if (picked.Count == 1 && Length(sentences[best]) < 60 && sentences.Count > 1)
        {
            picked.Add(best + 1 < sentences.Count ? best + 1 : best - 1);
        }

        return picked;

        static float Weight(IEnumerable<Concept> cs) => cs.Sum(c => c.Weight);
        static int Length(Corpus.Segmentation.Sentence s) => s.End - s.Start;
    }
}

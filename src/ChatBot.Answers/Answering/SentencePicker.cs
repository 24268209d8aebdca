using ChatBot.Answers.Retrieval;

namespace ChatBot.Answers.Answering;

/// <summary>Chooses the one or two sentences of a passage that carry most of the question's concepts.</summary>
public static class SentencePicker
{
    private const int MaxQuoteLength = 450;

    public static IReadOnlyList<int> Pick(IndexedPassage passage, IReadOnlyList<Concept> concepts, IReadOnlyCollection<string>? named = null)
    {
        var sentences = passage.Passage.Sentences;
        if (sentences.Count == 0) return [];
        // In an article about several parties, only the sentences about the asked party can speak for it.
        var about = PassageRanker.AboutSentences(passage, named ?? []).ToHashSet();
        var matched = passage.SentenceTerms.Select((terms, i) => about.Contains(i) ? concepts.Where(c => c.MatchedBy(terms)).ToHashSet() : []).ToList();
        var best = about.Min();
        foreach (var i in about)
        {
            if (Weight(matched[i]) > Weight(matched[best])) best = i;
        }

        var picked = new List<int> { best };
        var total = concepts.Sum(c => c.Weight);
        // A second sentence when it adds a good part of the question, or says as much as the first (a passage
        // that mentions the topic twice usually says the decisive thing in the second mention).
        var second = -1;
        var secondKey = (Gain: 0f, Own: 0f);
        for (var i = 0; i < sentences.Count; i++)
        {
            if (i == best || !about.Contains(i)) continue;
            var key = (Gain: Weight(matched[i].Except(matched[best])), Own: Weight(matched[i]));
            var length = Length(sentences[best]) + Length(sentences[i]);
            if (length <= MaxQuoteLength && key.CompareTo(secondKey) > 0) { secondKey = key; second = i; }
        }

        if (second >= 0 && (secondKey.Gain >= 0.2 * total || secondKey.Own > 0 && secondKey.Own >= Weight(matched[best])))
        {
            picked.Add(second);
        }

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

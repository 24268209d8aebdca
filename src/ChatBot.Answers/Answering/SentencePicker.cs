using ChatBot.Answers.Retrieval;

namespace ChatBot.Answers.Answering;

/// <summary>Chooses the one or two sentences of a passage that carry most of the question's concepts.</summary>
public static class SentencePicker
{
    private const int MaxQuoteLength = 450;

    public static IReadOnlyList<int> Pick(IndexedPassage passage, IReadOnlyList<Concept> concepts, IReadOnlyCollection<string>? named = null,
        QuestionProfile? profile = null)
    {
        var sentences = passage.Passage.Sentences;
        if (sentences.Count == 0) return [];
        // In an article about several parties, only the sentences about the asked party can speak for it.
        var about = PassageRanker.AboutSentences(passage, named ?? []).ToHashSet();
        if (about.Count == 0) about = [.. Enumerable.Range(0, sentences.Count)];
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

        // "How many …": when the chosen sentences lack the number, the best sentence on the topic that has one joins
        // ("… kinderpardon gekomen in 2013." + "Hierdoor kunnen bijna 900 kinderen … blijven").
        if (profile is not null && AskedFor.AsksForSomething(profile) && !AskedFor.IsMetBy(profile, Text(picked)))
        {
            var with = about.Where(i => !picked.Contains(i) && Weight(matched[i]) > 0 && AskedFor.IsMetBy(profile, Text([i])))
                .OrderByDescending(i => Weight(matched[i])).ThenBy(i => Math.Abs(i - best)).Take(1).ToList();
            if (with.Count > 0) picked = [picked[0], with[0]];
        }

        // A very short sentence ("Crisiscentra worden gesloten.") reads better with its neighbour.
        if (picked.Count == 1 && Length(sentences[best]) < 60 && sentences.Count > 1)
        {
            picked.Add(best + 1 < sentences.Count ? best + 1 : best - 1);
        }

        return picked;

        static float Weight(IEnumerable<Concept> cs) => cs.Sum(c => c.Weight);
        string Text(IEnumerable<int> indexes) => string.Join(' ', indexes.SelectMany(i => sentences[i].Pieces).Select(p => passage.Passage.Document.Text[p.Start..p.End]));
        static int Length(Corpus.Segmentation.Sentence s) => s.End - s.Start;
    }
}

using ChatBot.Answers.Corpus;
using ChatBot.Answers.Retrieval;

namespace ChatBot.Answers.Answering;

/// <summary>
/// Searches with Lucene (BM25) and re-ranks by coverage: the weighted share of the question's concepts a passage
/// mentions. Coverage, not raw score, decides whether the sources answer at all.
/// </summary>
public static class PassageRanker
{

    /// <summary>The weighted field terms Lucene searches with: every known concept's terms, each concept's weight shared.</summary>
    public static IReadOnlyDictionary<string, float> SearchTerms(IReadOnlyList<Concept> concepts)
    {
        var terms = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var concept in concepts.Where(c => c.Known))
        {
            // A concept with many synonyms should not outweigh one with a single word.
            var share = 1f / MathF.Sqrt(concept.Terms.Count);
            foreach (var (term, boost) in concept.Terms)
            {
                terms[term] = Math.Max(terms.GetValueOrDefault(term), boost * share);
            }
        }

        return terms;
    }

    public static IReadOnlyList<RankedPassage> Rank(CorpusSnapshot corpus, IReadOnlyList<Concept> concepts, QuestionProfile profile,
        IReadOnlyCollection<string>? publishers, int count = 60, double missing = AnswersOptions.DefaultMissingAnswerFactor,
        IReadOnlySet<string>? files = null)
    {
        var terms = SearchTerms(concepts);
        var hits = corpus.Index.Search(terms, publishers, count, files);
        if (hits.Count == 0) return [];
        double total = concepts.Sum(c => c.Weight);
        var max = hits.Max(h => h.Score);
        var ranked = new List<RankedPassage>(hits.Count);
        foreach (var hit in hits)
        {
            if (files is not null && !files.Contains(hit.Passage.Passage.Document.File)) continue;
            var passageTerms = AboutTerms(hit.Passage, profile.Publishers);
            double covered = concepts.Where(c => c.MatchedBy(passageTerms) && c.StandsIn(hit.Passage.Passage.Text)).Sum(c => c.Weight);
            double coverage = total <= 0 ? 0 : covered / total;
            var text = hit.Passage.Passage.Text;
            // What a question asks for must be in the sentences that answer it, not elsewhere in the passage:
            // "how many …" a number (not the question's own year), "when …" a date, a stated number that number.
            // Only worked out where it can matter: picking the quote for each of 60 hits costs more than ranking them.
            if (hit.Passage.Passage.CutOff || AskedFor.AsksForSomething(profile))
            {
                var answering = AnsweringText(hit.Passage, concepts, profile);
                if (answering.Length == 0 && hit.Passage.Passage.CutOff) coverage *= missing; // only the cut-off end of an excerpt speaks of it
                if (!AskedFor.IsMetBy(profile, answering)) coverage *= missing;
            }
            // "in 2017" is also met by a document dated 2017 (a news page's date, a programme's year).
            var date = hit.Passage.Passage.Document.Info.Date ?? "";
            foreach (var year in profile.Years)
            {
                if (!text.Contains(year, StringComparison.Ordinal) && !date.StartsWith(year, StringComparison.Ordinal)) coverage *= missing;
            }

            if (profile.Numbers.Count > 0)
            {
                var numbers = AskedFor.NumbersIn(text).ToHashSet(StringComparer.Ordinal);
                foreach (var number in profile.Numbers)
                {
                    if (!numbers.Contains(number)) coverage *= missing;
                }
            }

            ranked.Add(new RankedPassage(hit.Passage, coverage, coverage + 0.3 * hit.Score / max));
        }

        return [.. ranked.OrderByDescending(r => r.Score)];
    }

    /// <summary>
    /// The sentences of a passage that speak about the named parties: all of it when its document speaks for one of
    /// them (or none is named), otherwise only the sentences about them ("VVD wil …" in an article on five parties).
    /// </summary>
    public static IReadOnlyList<int> AboutSentences(IndexedPassage indexed, IReadOnlyCollection<string> named, bool withNeutral = false)
    {
        var passage = indexed.Passage;
        var all = Enumerable.Range(0, passage.Sentences.Count).Where(i => !(passage.CutOff && i == passage.Sentences.Count - 1)).ToList();
        if (all.Count == 0) return [];
        if (named.Count == 0 || named.Contains(passage.Document.Publisher) || passage.Speakers.Any(named.Contains)
            || passage.SentenceSubjects.Count != passage.Sentences.Count)
        {
            return all;
        }

        // Sentences about another party only are not about this one; sentences about no party are context.
        var about = all.Where(i => passage.SentenceSubjects[i].Any(named.Contains) || withNeutral && passage.SentenceSubjects[i].Count == 0).ToList();
        return about.Count > 0 ? about : all;
    }

    private static IReadOnlySet<string> AboutTerms(IndexedPassage indexed, IReadOnlyCollection<string> named)
    {
        var about = AboutSentences(indexed, named, withNeutral: true);
        if (about.Count == indexed.Passage.Sentences.Count) return indexed.Terms;
        var terms = about.SelectMany(i => indexed.SentenceTerms[i]).ToHashSet(StringComparer.Ordinal);
        // The heading the passage stands under is context too ("Slaapkamer" above a paragraph on housing).
        terms.UnionWith(indexed.ContextTerms);
        return terms;
    }

    /// <summary>
    /// The sentences the quote would show (about the named parties, not cut off): where a number, date or stated
    /// figure must stand for the passage to answer. Empty when no such sentence names a concept.
    /// </summary>
    private static string AnsweringText(IndexedPassage indexed, IReadOnlyList<Concept> concepts, QuestionProfile profile)
    {
        var passage = indexed.Passage;
        var named = profile.Publishers;
        var about = AboutSentences(indexed, named);
        if (!about.Any(i => concepts.Any(c => c.Known && c.MatchedBy(indexed.SentenceTerms[i])))) return "";
        return string.Join(' ', SentencePicker.Pick(indexed, concepts, named, profile).SelectMany(i => passage.Sentences[i].Pieces)
            .Select(p => passage.Document.Text[p.Start..p.End]));
    }}

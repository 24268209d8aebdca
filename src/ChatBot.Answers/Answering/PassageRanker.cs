using System.Text.RegularExpressions;
using ChatBot.Answers.Corpus;
using ChatBot.Answers.Retrieval;

namespace ChatBot.Answers.Answering;

/// <summary>
/// Searches with Lucene (BM25) and re-ranks by coverage: the weighted share of the question's concepts a passage
/// mentions. Coverage, not raw score, decides whether the sources answer at all.
/// </summary>
public static partial class PassageRanker
{
    [GeneratedRegex(@"\d|\b(twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|honderd\w*|duizend\w*|miljoen\w*|miljard\w*|tientallen|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred\w*|thousand\w*|million\w*|billion\w*|dozens)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"\b(1[89]\d\d|20\d\d|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|june|july|august|october)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateWord();

    [GeneratedRegex(@"\d[\d.,]*\d|\d")]
    private static partial Regex Number();

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
        IReadOnlyCollection<string>? publishers, int count = 60)
    {
        var terms = SearchTerms(concepts);
        var hits = corpus.Index.Search(terms, publishers, count);
        if (hits.Count == 0) return [];
        double total = concepts.Sum(c => c.Weight);
        var max = hits.Max(h => h.Score);
        var ranked = new List<RankedPassage>(hits.Count);
        foreach (var hit in hits)
        {
            var passageTerms = AboutTerms(hit.Passage, profile.Publishers);
            double covered = concepts.Where(c => c.MatchedBy(passageTerms)).Sum(c => c.Weight);
            double coverage = total <= 0 ? 0 : covered / total;
            var text = hit.Passage.Passage.Text;
            // What a question asks for must be in the sentences that answer it, not elsewhere in the passage:
            // "how many …" a number (not the question's own year), "when …" a date, a stated number that number.
            var answering = AnsweringText(hit.Passage, concepts, profile.Publishers);
            var withoutYears = profile.Years.Aggregate(answering, (t, y) => t.Replace(y, " ", StringComparison.Ordinal));
            if (profile.AsksForQuantity && !Quantity().IsMatch(withoutYears)) coverage *= 0.5;
            if (profile.AsksForDate && !DateWord().IsMatch(answering)) coverage *= 0.5;
            // "in 2017" is also met by a document dated 2017 (a news page's date, a programme's year).
            var date = hit.Passage.Passage.Document.Info.Date ?? "";
            foreach (var year in profile.Years)
            {
                if (!text.Contains(year, StringComparison.Ordinal) && !date.StartsWith(year, StringComparison.Ordinal)) coverage *= 0.5;
            }

            if (profile.Numbers.Count > 0)
            {
                var numbers = Number().Matches(text).Select(m => QuestionReader.NormalizeNumber(m.Value)).ToHashSet(StringComparer.Ordinal);
                foreach (var number in profile.Numbers)
                {
                    if (!numbers.Contains(number)) coverage *= 0.5;
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
    public static IReadOnlyList<int> AboutSentences(IndexedPassage indexed, IReadOnlyCollection<string> named)
    {
        var passage = indexed.Passage;
        var all = Enumerable.Range(0, passage.Sentences.Count);
        if (named.Count == 0 || named.Contains(passage.Document.Publisher) || passage.Speakers.Any(named.Contains)
            || passage.SentenceSubjects.Count != passage.Sentences.Count)
        {
            return [.. all];
        }

        var about = all.Where(i => passage.SentenceSubjects[i].Any(named.Contains)).ToList();
        return about.Count > 0 ? about : [.. all];
    }

    /// <summary>The text of the sentences about the named parties that mention at least one of the question's concepts.</summary>
    private static string AnsweringText(IndexedPassage indexed, IReadOnlyList<Concept> concepts, IReadOnlyCollection<string> named)
    {
        var passage = indexed.Passage;
        var sentences = AboutSentences(indexed, named).Where(i => concepts.Any(c => c.Known && c.MatchedBy(indexed.SentenceTerms[i]))).ToList();
        if (sentences.Count == 0) return passage.Text;
        return string.Join(' ', sentences.SelectMany(i => passage.Sentences[i].Pieces).Select(p => passage.Document.Text[p.Start..p.End]));
    }

    private static IReadOnlySet<string> AboutTerms(IndexedPassage indexed, IReadOnlyCollection<string> named)
    {
        var about = AboutSentences(indexed, named);
        if (about.Count == indexed.Passage.Sentences.Count) return indexed.Terms;
        return about.SelectMany(i => indexed.SentenceTerms[i]).ToHashSet(StringComparer.Ordinal);
    }
}

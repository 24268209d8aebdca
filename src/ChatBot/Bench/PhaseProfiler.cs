using System.Diagnostics;
using ChatBot.Answers.Answering;
using ChatBot.Answers.Corpus;
using ChatBot.Answers.Corpus.Segmentation;
using ChatBot.Answers.Model;
using ChatBot.Answers.Retrieval;

namespace ChatBot.Host.Bench;

/// <summary>Mean time per answer spent in each stage of the pipeline, in microseconds.</summary>
internal sealed record AnswerPhases(int Questions, double ReadUs, double ConceptsUs, double SpellingUs, double SearchUs, double RankingUs,
    double QuotesUs, double WholeAnswerUs, AllocatedPerPhase AllocatedKb);

/// <summary>Mean kilobytes allocated per answer in each stage: garbage is what keeps two threads from scaling.</summary>
internal sealed record AllocatedPerPhase(double Read, double Concepts, double Spelling, double Search, double Ranking, double Quotes, double WholeAnswer);

/// <summary>Time per stage of building a snapshot, in milliseconds.</summary>
/// <param name="Sample">Every Nth document was timed (1: all of them).</param>
internal sealed record IndexPhases(bool FirstInProcess, double SegmentationMs, double VocabularyMs, double LuceneIndexMs, double OneAnalysisPassMs, int Passages, int VocabularyWords, int Sample);

/// <summary>
/// Runs the answer pipeline's public stages one by one, as the service does, with a stopwatch around each: where the
/// time goes, without a profiler. Search is also inside ranking and is subtracted there. Spelling correction is shown
/// uncached, as it costs a question never seen before; concepts use the corrections the snapshot remembers, so it is
/// not subtracted from them (that gave negative times and allocations).
/// </summary>
internal static class PhaseProfiler
{
    public static AnswerPhases Answers(CorpusSnapshot corpus, ExtractiveAnswerService service, IReadOnlyList<string> questions, TimeSpan budget)
    {
        double read = 0, concepts = 0, spelling = 0, search = 0, rank = 0, quotes = 0, whole = 0;
        var bytes = new long[7];
        var n = 0;
        var clock = Stopwatch.StartNew();
        for (var pass = 0; pass < 3 && clock.Elapsed < budget; pass++)
        {
            foreach (var question in questions)
            {
                var a = Allocated();
                var t = Stopwatch.GetTimestamp();
                service.Answer(AnswerRequest.FromCli(question));
                whole += Ms(t);
                bytes[6] += Allocated() - a;
                n++;

                (a, t) = (Allocated(), Stopwatch.GetTimestamp());
                var profile = QuestionReader.Read(question, null, corpus);
                read += Ms(t);
                bytes[0] += Allocated() - a;

                (a, t) = (Allocated(), Stopwatch.GetTimestamp());
                foreach (var word in profile.ContentWords)
                {
                    if (!corpus.Lexicon.IsFunctionWord(word) && corpus.Translator.Lookup(word, profile.Language).Count == 0 && !corpus.Vocabulary.Contains(word))
                    {
                        Spelling.Nearest(word, corpus.Vocabulary);
                    }
                }

                spelling += Ms(t);
                bytes[2] += Allocated() - a;
                (a, t) = (Allocated(), Stopwatch.GetTimestamp());
                var built = ConceptBuilder.Build(profile.ContentWords, profile.Language, corpus);
                concepts += Ms(t);
                bytes[1] += Allocated() - a;
                if (built.Count == 0) continue;

                (a, t) = (Allocated(), Stopwatch.GetTimestamp());
                corpus.Index.Search(PassageRanker.SearchTerms(built), profile.Publishers.Count > 0 ? profile.Publishers : null, 60);
                search += Ms(t);
                bytes[3] += Allocated() - a;

                (a, t) = (Allocated(), Stopwatch.GetTimestamp());
                var ranked = PassageRanker.Rank(corpus, built, profile, profile.Publishers.Count > 0 ? profile.Publishers : null);
                rank += Ms(t);
                bytes[4] += Allocated() - a;

                (a, t) = (Allocated(), Stopwatch.GetTimestamp());
                foreach (var pick in ranked.Take(6))
                {
                    var citation = QuoteBuilder.Build(pick.Indexed.Passage, SentencePicker.Pick(pick.Indexed, built));
                    QuoteBuilder.Verify(citation, pick.Indexed.Passage.Document);
                }

                quotes += Ms(t);
                bytes[5] += Allocated() - a;
            }
        }

        n = Math.Max(n, 1);
        double Kb(long b) => b / 1024.0 / n;
        // Concepts include their spelling corrections, remembered per snapshot: the separate spelling figure is what a
        // never-seen word costs, so it is shown beside concepts, not subtracted (that gave negative figures).
        var allocated = new AllocatedPerPhase(Kb(bytes[0]), Kb(bytes[1]), Kb(bytes[2]), Kb(bytes[3]), Kb(Math.Max(0, bytes[4] - bytes[3])), Kb(bytes[5]), Kb(bytes[6]));
        return new AnswerPhases(n, 1000 * read / n, 1000 * concepts / n, 1000 * spelling / n, 1000 * search / n,
            1000 * Math.Max(0, rank - search) / n, 1000 * quotes / n, 1000 * whole / n, allocated);
    }

    /// <summary>Builds the snapshot's parts again, the way <see cref="CorpusSnapshot.Build"/> does, timing each.</summary>
    public static IndexPhases Index(IReadOnlyList<SourceDocument> all, Answers.Lexicon.Lexicon lexicon, bool firstInProcess, int sample)
    {
        var documents = all.Where((_, i) => i % sample == 0).ToList();
        var t = Stopwatch.GetTimestamp();
        var passages = new List<Passage>();
        foreach (var document in documents)
        {
            passages.AddRange(PassageSegmenter.Segment(document, lexicon, passages.Count));
        }

        passages = [.. SubjectsOf(passages, lexicon)];
        var segmentation = Ms(t);
        t = Stopwatch.GetTimestamp();
        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        var dutch = new HashSet<string>(StringComparer.Ordinal);
        foreach (var passage in passages)
        {
            foreach (var word in Words.Split(passage.Text))
            {
                vocabulary.Add(word);
                if (passage.Document.Info.Language == Language.Nl) dutch.Add(word);
            }
        }

        var words = Ms(t);
        t = Stopwatch.GetTimestamp();
        using var analysis = new TextAnalysis(dutch);
        using var index = new PassageIndex(passages, analysis);
        var indexMs = Ms(t);

        // One more analysis of every passage's text (words now cached): the build analyses each text once, so this is
        // what the analysis itself costs once the words are known.
        t = Stopwatch.GetTimestamp();
        foreach (var passage in passages)
        {
            analysis.Terms(passage.Document.Info.Language, passage.Text);
        }

        return new IndexPhases(firstInProcess, segmentation, words, indexMs, Ms(t), passages.Count, vocabulary.Count, sample);
    }

    /// <summary>Speakers and subjects per document, as the snapshot build reads them.</summary>
    private static IEnumerable<Passage> SubjectsOf(List<Passage> passages, ChatBot.Answers.Lexicon.Lexicon lexicon) =>
        passages.GroupBy(p => p.Document.File).SelectMany(g => ChatBot.Answers.Corpus.Subjects.SubjectReader.Assign([.. g], [], lexicon.Parties));

    private static long Allocated() => GC.GetAllocatedBytesForCurrentThread();

    private static double Ms(long started) => Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}

using System.Text;
using ChatBot.Answers.Corpus;
using ChatBot.Answers.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Answers.Answering;

/// <summary>
/// The embedded default: retrieval plus verbatim quotes, no model. Deterministic: the same question on the same
/// corpus gives the same answer. Every quote is checked against its document before the answer leaves.
/// </summary>
public sealed partial class ExtractiveAnswerService(
    ICorpusProvider corpus,
    IOptions<AnswersOptions> options,
    ILogger<ExtractiveAnswerService> logger,
    AnswerMetrics? metrics = null) : IAnswerService
{
    private readonly AnswersOptions _options = options.Value;

    public Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Answer(request));
    }

    public Answer Answer(AnswerRequest request)
    {
        var snapshot = corpus.Current;
        var text = Clean(request.Question);
        if (text.Length == 0)
        {
            return Abstain(snapshot, text, Language.En, request.Kind ?? QuestionKind.Position, AbstainReason.EmptyQuestion, []);
        }

        var tooLong = text.Length > _options.MaxQuestionLength;
        var profile = QuestionReader.Read(tooLong ? text[.._options.MaxQuestionLength] : text, request.Kind, snapshot);
        LogQuestion(logger, profile.Language.Code(), profile.Kind, text);
        if (tooLong) return Abstain(snapshot, text, profile.Language, profile.Kind, AbstainReason.QuestionTooLong, []);
        if (profile.Refused) return Abstain(snapshot, text, profile.Language, profile.Kind, AbstainReason.Refused, []);
        if (profile.Kind == QuestionKind.Sources) return SourcesAnswer(snapshot, profile);
        if (profile.OffTopic && profile.Publishers.Count == 0) return Abstain(snapshot, text, profile.Language, profile.Kind, AbstainReason.OffTopic, []);
        if (profile.Publishers.Count == 0 && profile.AbsentParties.Count > 0)
        {
            return Abstain(snapshot, text, profile.Language, profile.Kind, AbstainReason.UnknownParty, profile.AbsentParties);
        }

        var concepts = ConceptBuilder.Build(profile.ContentWords, profile.Language, snapshot, _options.UnknownWordWeight);
        if (concepts.Count == 0)
        {
            return Abstain(snapshot, text, profile.Language, profile.Kind, AbstainReason.OffTopic, []);
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var ranked = PassageRanker.Rank(snapshot, concepts, profile, profile.Publishers.Count > 0 ? profile.Publishers : null,
            missing: _options.MissingAnswerFactor);
        metrics?.RecordRetrieval(System.Diagnostics.Stopwatch.GetElapsedTime(started));
        if (logger.IsEnabled(LogLevel.Trace))
        {
            LogTrace(logger, string.Join(" ", concepts.Select(c => $"{c.Phrase}({c.Weight:F1}{(c.Known ? "" : "?")})")),
                string.Join(" ", ranked.Take(4).Select(r => $"{r.File[..3]}:{r.Coverage:F2}")), string.Join(",", profile.Publishers));
        }

        var groups = SelectSources(ranked, profile);
        var answered = groups.Where(g => g.Picks.Count > 0).ToList();
        if (answered.Count == 0)
        {
            return profile.Kind == QuestionKind.Check
                ? NotInSources(text, profile)
                : Abstain(snapshot, text, profile.Language, profile.Kind, AbstainReason.NotInSources, []);
        }

        var sources = new List<SourceAnswer>();
        foreach (var (publisher, picks) in answered)
        {
            IReadOnlyCollection<string> about = profile.Publishers.Contains(publisher) ? [publisher] : [];
            var quotes = picks.Select(p => QuoteBuilder.Build(p.Indexed.Passage, SentencePicker.Pick(p.Indexed, concepts, about, profile))).ToList();
            Verdict? stance = null;
            if (profile.Kind == QuestionKind.Check && picks[0].Coverage >= _options.VerdictCoverage)
            {
                stance = Polarity.Negated(text) == Polarity.Negated(quotes[0].Quote) ? Verdict.Supported : Verdict.Contradicted;
            }

            sources.Add(new SourceAnswer(publisher, quotes, stance));
        }

        sources = MergeSameQuotes(KeepVerbatim(snapshot, sources), profile.Language);
        if (sources.Count == 0)
        {
            return Abstain(snapshot, text, profile.Language, profile.Kind, AbstainReason.NotInSources, []);
        }

        Verdict? verdict = null;
        if (profile.Kind == QuestionKind.Check && sources.All(s => s.Stance is not null) && sources.Select(s => s.Stance).Distinct().Count() == 1)
        {
            verdict = sources[0].Stance;
        }

        var silent = groups.Where(g => g.Picks.Count == 0).Select(g => ReplyWriter.Silent(profile.Language, g.Publisher)).ToList();
        var summary = ReplyWriter.Summary(profile.Language, profile.Kind, verdict, sources);
        return new Answer
        {
            AnswerId = AnswerId.New(),
            Question = text,
            Language = profile.Language,
            Kind = profile.Kind,
            Abstained = false,
            Verdict = verdict,
            Summary = summary,
            Text = ReplyWriter.Render(profile.Language, summary, sources, silent),
            Sources = sources,
        };
    }

    /// <summary>
    /// Per publisher, up to N passages that answer: the best of each of its documents first (two editions of a
    /// programme both speak), then the next best. Named publishers are always listed, silent or not.
    /// </summary>
    private List<(string Publisher, List<RankedPassage> Picks)> SelectSources(IReadOnlyList<RankedPassage> ranked, QuestionProfile profile)
    {
        var named = profile.Publishers.Count > 0;
        // A claim must be found as stated; a question about a named party may be asked in other words.
        var min = named && profile.Kind != QuestionKind.Check ? _options.MinCoverageNamed : _options.MinCoverage;
        // A named party gathers every passage by or about it; otherwise passages group by who published them.
        var byPublisher = named
            ? profile.Publishers.ToDictionary(p => p, p => ranked.Where(r => r.Indexed.Passage.Who.Contains(p)).ToList())
            : ranked.GroupBy(r => r.Publisher).ToDictionary(g => g.Key, g => g.ToList());
        var publishers = named
            ? profile.Publishers.ToList()
            : byPublisher.Where(kv => kv.Value[0].Coverage >= min)
                .OrderByDescending(kv => kv.Value[0].Score).Select(kv => kv.Key).ToList();
        if (!named && publishers.Count > 0)
        {
            var top = byPublisher[publishers[0]].Max(r => r.Coverage);
            publishers = [.. publishers.Where(p => byPublisher[p].Max(r => r.Coverage) >= 0.8 * top).Take(_options.MaxSources)];
        }

        // Once one named side answers a comparison, the question is known to be on topic: the other sides answer with
        // their closest passage from a share of the best side's coverage (each side is asked in its own words).
        var bestNamed = named ? byPublisher.Values.Select(c => c.Count == 0 ? 0 : c.Max(r => r.Coverage)).Max() : 0;
        var sideMin = profile.Kind == QuestionKind.Compare && bestNamed >= min ? _options.CompareShare * bestNamed : min;

        var perSide = Math.Max(1, Math.Min(_options.QuotesPerSource, _options.MaxQuotes / Math.Max(1, publishers.Count)));
        var result = new List<(string, List<RankedPassage>)>();
        foreach (var publisher in publishers)
        {
            var candidates = byPublisher.GetValueOrDefault(publisher) ?? [];
            var best = candidates.Count == 0 ? 0 : candidates.Max(c => c.Coverage);
            var picks = new List<RankedPassage>();
            var floor = Math.Min(min, sideMin);
            if (best >= floor)
            {
                // A named party's own text and each report about it are different voices: each document's best
                // passage that answers at all is shown; unnamed, a document must come close to the best one.
                var perDocument = candidates.GroupBy(c => c.File).Select(g => g.First())
                    .Where(c => c.Coverage >= (named ? floor : Math.Max(floor, 0.75 * best))).OrderByDescending(c => c.Score);
                picks.AddRange(perDocument);
                picks.AddRange(candidates.Where(c => !picks.Contains(c) && c.Coverage >= Math.Max(floor, 0.85 * best)));
                picks = [.. picks.Take(perSide)];
            }

            result.Add((publisher, picks));
        }

        return result;
    }

    /// <summary>
    /// Sides answered by the very same quotes ("Tegen zijn VVD, PVV, … BBB, SGP" for "SGP en BBB") are shown once, under
    /// both names, rather than twice.
    /// </summary>
    private static List<SourceAnswer> MergeSameQuotes(List<SourceAnswer> sources, Language language)
    {
        var merged = new List<SourceAnswer>(sources.Count);
        foreach (var source in sources)
        {
            var same = merged.FindIndex(m => m.Stance == source.Stance && m.Quotes.Select(q => (q.File, q.Start, q.End)).SequenceEqual(source.Quotes.Select(q => (q.File, q.Start, q.End))));
            if (same < 0) { merged.Add(source); continue; }
            merged[same] = merged[same] with { Publisher = merged[same].Publisher + (language == Language.Nl ? " en " : " and ") + source.Publisher };
        }

        return merged;
    }

    /// <summary>
    /// The last line of defence: a quote that is not the document's text at its offsets is never sent. It cannot
    /// happen by construction; if it ever does, the quote is dropped and logged, never shown.
    /// </summary>
    private List<SourceAnswer> KeepVerbatim(CorpusSnapshot snapshot, List<SourceAnswer> sources)
    {
        var kept = new List<SourceAnswer>(sources.Count);
        foreach (var source in sources)
        {
            var quotes = source.Quotes.Where(q => QuoteBuilder.Verify(q, snapshot.Documents.First(d => d.File == q.File))).ToList();
            foreach (var bad in source.Quotes.Except(quotes))
            {
                LogQuoteRejected(logger, bad.File, bad.Start, bad.End);
            }

            if (quotes.Count > 0) kept.Add(source with { Quotes = quotes });
        }

        return kept;
    }

    private Answer SourcesAnswer(CorpusSnapshot snapshot, QuestionProfile profile)
    {
        var nl = profile.Language == Language.Nl;
        var sb = new StringBuilder(nl ? "Mijn bronnen:" : "My sources:");
        foreach (var d in snapshot.Documents)
        {
            var info = d.Info;
            sb.Append("\n• ").Append(info.Publisher).Append(" — ").Append(info.Title);
            if (QuoteBuilder.FormatDate(info) is { } date) sb.Append(", ").Append(date);
            sb.Append(" (").Append(info.Language.Code()).Append(", ").Append(info.Kind).Append(')');
            if (info.Url is not null) sb.Append(' ').Append(info.Url);
        }

        var summary = nl ? $"Ik citeer uit {snapshot.Documents.Count} documenten." : $"I quote from {snapshot.Documents.Count} documents.";
        return new Answer
        {
            AnswerId = AnswerId.New(), Question = profile.Text, Language = profile.Language, Kind = QuestionKind.Sources,
            Abstained = false, Summary = summary, Text = summary + "\n" + sb,
        };
    }

    private static Answer NotInSources(string text, QuestionProfile profile)
    {
        var summary = ReplyWriter.NotInSourcesClaim(profile.Language);
        var names = string.Join(", ", profile.Publishers);
        var detail = profile.Language == Language.Nl
            ? $"Ik vind in de documenten van {names} geen passage die dit zegt of tegenspreekt."
            : $"I find no passage in the documents of {names} that says or contradicts this.";
        return new Answer
        {
            AnswerId = AnswerId.New(), Question = text, Language = profile.Language, Kind = QuestionKind.Check,
            Abstained = true, AbstainReason = AbstainReason.NotInSources, Verdict = Model.Verdict.NotInSources,
            Summary = summary, Text = summary + " " + detail,
        };
    }

    private Answer Abstain(CorpusSnapshot snapshot, string text, Language language, QuestionKind kind, AbstainReason reason, IReadOnlyList<string> absent)
    {
        var summary = ReplyWriter.Abstention(language, reason, snapshot.Documents, absent, _options.MaxQuestionLength);
        return new Answer
        {
            AnswerId = AnswerId.New(), Question = text, Language = language, Kind = kind,
            Abstained = true, AbstainReason = reason, Summary = summary, Text = summary,
        };
    }

    // Markup, mentions and links are not what a question is about: <b>, @everyone, <@123>, https://…
    // Whole ANSI escape sequences (CSI "ESC[31m", OSC "ESC]…BEL", two-character ESC x) too, not only their ESC.
    [System.Text.RegularExpressions.GeneratedRegex(@"\x1B(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1B]{0,200}(?:\x07|\x1B\\)?|[@-Z\\-_])|<[^<>]{1,200}>|(?<!\w)@\w+|https?://\S+")]
    private static partial System.Text.RegularExpressions.Regex Noise();

    /// <summary>Control characters, markup and mentions out, whitespace folded: what is left is what we search for.</summary>
    private static string Clean(string? question)
    {
        if (string.IsNullOrEmpty(question)) return "";
        question = Noise().Replace(question, " ");
        var sb = new StringBuilder(question.Length);
        foreach (var c in question)
        {
            sb.Append(char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format ? ' ' : c);
        }

        return Corpus.Segmentation.Whitespace.Fold(sb.ToString());
    }

    [LoggerMessage(EventId = 1102, Level = LogLevel.Error, Message = "A quote from {File} [{Start},{End}) did not match the document and was dropped")]
    private static partial void LogQuoteRejected(ILogger logger, string file, int start, int end);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Trace, Message = "Concepts {Concepts}; best {Ranked}; named {Named}")]
    private static partial void LogTrace(ILogger logger, string concepts, string ranked, string named);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Debug, Message = "Question ({Language}, {Kind}): {Question}")]
    private static partial void LogQuestion(ILogger logger, string language, QuestionKind kind, string question);
}

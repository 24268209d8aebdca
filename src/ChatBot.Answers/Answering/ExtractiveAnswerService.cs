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

        var groups = SourceSelector.Select(ranked, profile, _options);
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

        sources = SourceSelector.MergeSameQuotes(KeepVerbatim(snapshot, sources), profile.Language);
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
            sb.Append(" — ").Append(snapshot.Parties.GetValueOrDefault(info.File, DocumentParties.None).Describe(profile.Language));
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

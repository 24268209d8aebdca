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
    AnswerMetrics? metrics = null,
    Conversations.ConversationMemory? memory = null) : IAnswerService
{
    private readonly AnswersOptions _options = options.Value;

    public Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Answer(request));
    }

    public Answer Answer(AnswerRequest request)
    {
        // One-shot questions (`ask`, bench, batch lines without a conversation) stand alone; a chat remembers its last turn.
        return memory is null || request.Conversation == Conversation.Cli ? AnswerAlone(request, null) : AnswerAlone(request, memory.Last(request.Conversation));
    }

    private Answer AnswerAlone(AnswerRequest request, Conversations.LastTurn? last)
    {
        var snapshot = corpus.Current;
        var text = Clean(request.Question);
        if (text.Length == 0)
        {
            return Abstain(snapshot, text, Language.En, request.Kind ?? QuestionKind.Position, AbstainReason.EmptyQuestion, []);
        }

        var tooLong = text.Length > _options.MaxQuestionLength;
        var profile = QuestionReader.Read(tooLong ? text[.._options.MaxQuestionLength] : text, request.Kind, snapshot);
        string? followUpNote = null;
        if (!tooLong && last is not null && Conversations.FollowUp.Read(text, profile, last) is { } reading)
        {
            profile = QuestionReader.Read(reading.Question, request.Kind, snapshot);
            if (reading.AddedSides.Count > 0)
            {
                // The sides carried over keep the documents they stood for ("bij1 2023"), not just their names.
                var merged = profile.Sides.Concat(reading.AddedSides.Where(a => profile.Sides.All(s => s.Name != a.Name))).ToList();
                profile = profile with
                {
                    Sides = merged,
                    Publishers = [.. merged.Select(s => s.Name)],
                    Kind = request.Kind ?? (merged.Count >= 2 && profile.Kind == QuestionKind.Position ? QuestionKind.Compare : profile.Kind),
                    AcrossSources = false,
                };
            }

            followUpNote = reading.Note;
        }

        if (memory is not null && request.Conversation != Conversation.Cli && (profile.Sides.Count > 0 || profile.TopicWords.Count > 0))
        {
            memory.Remember(request.Conversation, profile.Sides, profile.TopicWords);
        }

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
        // Each side is searched on its own, so one side's passages never crowd out another's.
        var sides = profile.Sides.Count > 0 ? profile.Sides
            : profile.AcrossSources ? snapshot.Remember("sides:every-publisher", () => EveryPublisher(snapshot))
            : [];
        // Coverage reads the sentences about any side asked ("VVD wil 120 procent …, de PvdA houdt het op 100"), as one search did.
        var everyone = sides.SelectMany(s => s.Who).Distinct().ToList();
        var perSide = sides.ToDictionary(s => s.Name, s => PassageRanker.Rank(snapshot, concepts, profile with { Publishers = profile.AcrossSources ? s.Who : everyone }, s.Who,
            missing: _options.MissingAnswerFactor, files: s.Files), StringComparer.Ordinal);
        var ranked = sides.Count > 0 ? [.. perSide.Values.SelectMany(r => r).OrderByDescending(r => r.Score)]
            : PassageRanker.Rank(snapshot, concepts, profile, null, missing: _options.MissingAnswerFactor);
        metrics?.RecordRetrieval(System.Diagnostics.Stopwatch.GetElapsedTime(started));
        if (logger.IsEnabled(LogLevel.Trace))
        {
            LogTrace(logger, string.Join(" ", concepts.Select(c => $"{c.Phrase}({c.Weight:F1}{(c.Known ? "" : "?")})")),
                string.Join(" ", ranked.Take(4).Select(r => $"{r.File[..3]}:{r.Coverage:F2}")), string.Join(",", profile.Publishers));
        }

        var groups = SourceSelector.Select(ranked, profile, _options, sides.Count > 0 ? perSide : null);
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
            IReadOnlyCollection<string> about = sides.FirstOrDefault(s => s.Name == publisher)?.Who ?? [];
            var chosen = picks.Select(p => (p.Indexed, Sentences: SentencePicker.Pick(p.Indexed, concepts, about, profile))).ToList();
            var quotes = chosen.Select(c => Quote(snapshot, c.Indexed, c.Sentences)).ToList();
            Verdict? stance = null;
            if (profile.Kind == QuestionKind.Check && picks[0].Coverage >= _options.VerdictCoverage)
            {
                var said = QuoteFrame.ClaimEvidence(chosen[0].Indexed.Passage, chosen[0].Sentences);
                stance = Polarity.Negated(profile.Claim) == Polarity.Negated(said) ? Verdict.Supported : Verdict.Contradicted;
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

        var quiet = groups.Where(g => g.Picks.Count == 0).Select(g => g.Publisher).ToList();
        // Asked of every source, the silent ones are named in one line rather than one each.
        var silent = profile.AcrossSources && quiet.Count > 0 ? [ReplyWriter.SilentAll(profile.Language, quiet)]
            : quiet.Select(p => ReplyWriter.Silent(profile.Language, p)).ToList();
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
            Text = (followUpNote is null ? "" : followUpNote + "\n") + ReplyWriter.Render(profile.Language, summary, sources, silent),
            Sources = sources,
        };
    }

    /// <summary>Every publisher as a side of its own documents: one search each, no party filter.</summary>
    private static IReadOnlyList<AnswerSide> EveryPublisher(CorpusSnapshot snapshot) =>
        [.. snapshot.Documents.GroupBy(d => d.Publisher).Select(g => new AnswerSide(g.Key, [g.Key], g.Select(d => d.File).ToHashSet(StringComparer.Ordinal)))];

    /// <summary>The chosen sentences with what they lean on: the sentence before a "Zo ook …", a list item's lead-in.</summary>
    private static Citation Quote(CorpusSnapshot snapshot, Retrieval.IndexedPassage indexed, IReadOnlyList<int> picked)
    {
        var passage = indexed.Passage;
        var framed = QuoteFrame.WithAntecedent(passage, picked);
        return QuoteBuilder.Build(passage, framed, QuoteFrame.LeadIn(passage, framed, snapshot.Passages));
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

    // A markdown link keeps its text only: "[klik](javascript:alert(1))" is "klik", never half a link (the target may
    // hold one level of parentheses, and an unclosed one runs to the end).
    [System.Text.RegularExpressions.GeneratedRegex(@"\[(?<text>[^\[\]]{0,200})\]\((?:[^()]|\([^()]*\))*\)?")]
    private static partial System.Text.RegularExpressions.Regex MarkdownLink();

    /// <summary>Control characters, markup and mentions out, whitespace folded: what is left is what we search for.</summary>
    private static string Clean(string? question)
    {
        if (string.IsNullOrEmpty(question)) return "";
        question = MarkdownLink().Replace(question, m => " " + m.Groups["text"].Value + " ");
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

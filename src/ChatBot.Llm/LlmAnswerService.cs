using System.Diagnostics;
using ChatBot.Answers;
using ChatBot.Answers.Model;
using ChatBot.Llm.Composition;
using ChatBot.Llm.Conversations;
using ChatBot.Llm.Grounding;
using ChatBot.Llm.Model;
using ChatBot.Llm.Prompts;
using ChatBot.Llm.Retrieval;
using ChatBot.Llm.Rewriting;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace ChatBot.Llm;

/// <summary>
/// Decorates the extractive <see cref="IAnswerService"/>: the extractive answer is made first and is the fallback;
/// then, within the time budget, the model rewrites the query, writes claims citing sentence ids, and the
/// <see cref="GroundingVerifier"/> decides what may be sent. Any fault, timeout or unverifiable reply sends the
/// extractive answer: no user is left without one.
/// </summary>
public sealed class LlmAnswerService : IAnswerService
{
    private const int SummaryMemoryLength = 400;

    private readonly IAnswerService _extractive;
    private readonly PassageGatherer _gatherer;
    private readonly LlmKernel _kernel;
    private readonly PromptLibrary _prompts;
    private readonly QueryRewriter? _rewriter;
    private readonly ConversationMemory _memory;
    private readonly LlmOptions _options;
    private readonly LlmAnswerComposer _composer;
    private readonly ILogger<LlmAnswerService> _logger;

    public LlmAnswerService(
        IAnswerService extractive, IPassageRetriever retriever, LlmKernel kernel, PromptLibrary prompts,
        ConversationMemory memory, LlmOptions options, ISourceCatalog? catalog, ILogger<LlmAnswerService> logger)
    {
        _extractive = extractive;
        _gatherer = new PassageGatherer(retriever);
        _kernel = kernel;
        _prompts = prompts;
        _rewriter = options.RewriteQueries ? new QueryRewriter(kernel, prompts, logger) : null;
        _memory = memory;
        _options = options;
        _composer = new LlmAnswerComposer(catalog);
        _logger = logger;
    }

    public async Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var attempt = new Attempt(await _extractive.AnswerAsync(request, cancellationToken).ConfigureAwait(false), request.Question);
        var answer = attempt.Fallback;
        if (WorthAsking(request, attempt.Fallback))
        {
            using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            budget.CancelAfter(_options.TimeBudget);
            answer = await AnswerWithinBudgetAsync(request, attempt, started, budget.Token, cancellationToken).ConfigureAwait(false);
        }

        var summary = answer.Summary.Length <= SummaryMemoryLength ? answer.Summary : answer.Summary[..SummaryMemoryLength];
        _memory.Remember(request.Conversation, attempt.Standalone, summary);
        return answer;
    }

    private async Task<Answer> AnswerWithinBudgetAsync(
        AnswerRequest request, Attempt attempt, long started, CancellationToken budget, CancellationToken caller)
    {
        try
        {
            var (answer, reason) = await TryLlmAsync(request, attempt, budget).ConfigureAwait(false);
            if (answer is null)
            {
                Log.FellBack(_logger, reason, Elapsed(started));
                return Labelled(attempt.Fallback, FallbackCause.NoCheckableAnswer);
            }

            Log.Answered(_logger, answer.AnswerId.ToString(), answer.Sources.Count, answer.Citations.Count, attempt.Removed, Elapsed(started));
            return answer;
        }
        catch (OperationCanceledException) when (!caller.IsCancellationRequested)
        {
            Log.BudgetExceeded(_logger, _options.TimeBudget.TotalMilliseconds);
            return Labelled(attempt.Fallback, FallbackCause.TimedOut);
        }
        catch (HttpOperationException ex) when (ex.StatusCode is { } status)
        {
            Log.ProviderFailed(_logger, (int)status, Elapsed(started));
            return Labelled(attempt.Fallback, FallbackCause.Refused, (int)status);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Whatever the provider or the SDK throws, the asker still gets the extractive answer.
            Log.Failed(_logger, ex.GetType().Name);
            return Labelled(attempt.Fallback, Unreachable(ex) ? FallbackCause.Unreachable : FallbackCause.Failed);
        }
    }

    // The reply says which mode made it and, when the model was not used, why: an extractive answer sent in LLM mode says so.
    private Answer Labelled(Answer fallback, FallbackCause cause, int? status = null) =>
        fallback.Abstained ? fallback
            : fallback with { Text = $"{fallback.Text}\n\n{ReplyWording.FallbackLine(fallback.Language, cause, status, _options.TimeBudget)}" };

    /// <summary>No connection at all (refused, unknown host, network down): the SDK wraps the socket error.</summary>
    private static bool Unreachable(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is System.Net.Sockets.SocketException or HttpRequestException { StatusCode: null })
            {
                return true;
            }
        }

        return false;
    }

    private async Task<(Answer? Answer, FallbackReason Reason)> TryLlmAsync(AnswerRequest request, Attempt attempt, CancellationToken cancellationToken)
    {
        var kind = request.Kind ?? attempt.Fallback.Kind;
        var language = attempt.Fallback.Language;
        var queries = await RewriteAsync(request, attempt, language, cancellationToken).ConfigureAwait(false);
        var passages = await _gatherer.GatherAsync(queries, _options.MaxPassages, cancellationToken).ConfigureAwait(false);
        if (passages.Count == 0)
        {
            return (null, FallbackReason.NoPassages);
        }

        var prompt = kind switch { QuestionKind.Compare => PromptNames.Compare, QuestionKind.Check => PromptNames.Check, _ => PromptNames.Answer };
        var variables = new Dictionary<string, string>
        {
            ["question"] = attempt.Standalone,
            ["sources"] = SourcesFormatter.Format(passages),
        };
        var text = await _kernel.CompleteAsync(_prompts.Function(prompt, language), variables, cancellationToken).ConfigureAwait(false);
        Log.ModelReplied(_logger, prompt, text);

        if (ModelReplyParser.Parse(text) is not { } reply)
        {
            return (null, FallbackReason.MalformedReply);
        }

        if (!reply.Answerable || reply.Claims.Count == 0)
        {
            return (null, FallbackReason.ModelDeclined);
        }

        var grounded = GroundingVerifier.Verify(reply, passages);
        attempt.Removed = grounded.Removals.Count;
        foreach (var removal in grounded.Removals)
        {
            Log.Removed(_logger, removal.Reason, removal.Id);
        }

        if (grounded.Claims.Count * 2 < reply.Claims.Count)
        {
            // Most of what the model wrote did not hold up; the rest is not trusted to answer on its own.
            return (null, grounded.Claims.Count == 0 ? FallbackReason.NothingVerified : FallbackReason.MostClaimsUnverified);
        }

        if (kind == QuestionKind.Check && grounded.Verdict is not (Verdict.Supported or Verdict.Contradicted))
        {
            return (null, FallbackReason.VerdictNotBacked);
        }

        var answer = _composer.Compose(attempt.Fallback, kind, grounded);
        return answer is null ? (null, FallbackReason.NothingVerified) : (answer, default);
    }

    /// <summary>
    /// Retrieval queries: the question itself plus the model's rewrites. A follow-up is resolved against the chat's
    /// last exchange, and the extractive fallback is then made for the resolved question.
    /// </summary>
    private async Task<IReadOnlyList<string>> RewriteAsync(AnswerRequest request, Attempt attempt, Language language, CancellationToken cancellationToken)
    {
        if (_rewriter is null)
        {
            return [request.Question];
        }

        var rewritten = await _rewriter.RewriteAsync(request.Question, _memory.Last(request.Conversation), language, cancellationToken).ConfigureAwait(false);
        if (!string.Equals(rewritten.Standalone.Trim(), request.Question.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            attempt.Standalone = rewritten.Standalone;
            var resolved = await _extractive.AnswerAsync(request with { Question = rewritten.Standalone }, cancellationToken).ConfigureAwait(false);
            if (!resolved.Abstained || attempt.Fallback.Abstained)
            {
                attempt.Fallback = resolved with { Question = request.Question };
            }
        }

        return rewritten.Queries;
    }

    // Bad input, refusals and /sources are the extractive service's business; the model adds nothing there.
    private static bool WorthAsking(AnswerRequest request, Answer extractive) =>
        request.Kind != QuestionKind.Sources
        && extractive.Kind != QuestionKind.Sources
        && extractive.AbstainReason is null or AbstainReason.NotInSources;

    private static long Elapsed(long started) => (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;

    /// <summary>State of one attempt that must survive a timeout: the best fallback so far and the resolved question.</summary>
    private sealed class Attempt(Answer fallback, string question)
    {
        public Answer Fallback { get; set; } = fallback;
        public string Standalone { get; set; } = question;
        public int Removed { get; set; }
    }
}

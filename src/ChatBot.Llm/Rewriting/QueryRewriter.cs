using ChatBot.Answers.Model;
using ChatBot.Llm.Conversations;
using ChatBot.Llm.Grounding;
using ChatBot.Llm.Model;
using ChatBot.Llm.Prompts;
using Microsoft.Extensions.Logging;

namespace ChatBot.Llm.Rewriting;

/// <summary>The question to answer (a follow-up made standalone) and the queries to retrieve with.</summary>
internal sealed record RewrittenQuery(string Standalone, IReadOnlyList<string> Queries);

/// <summary>
/// Asks the model for retrieval queries in Dutch and English and, when the chat has a recent exchange, for the
/// follow-up made standalone ("en de PvdA?" → "Wat wil de PvdA met asiel?").
/// </summary>
internal sealed class QueryRewriter(LlmKernel kernel, PromptLibrary prompts, ILogger logger)
{
    public async Task<RewrittenQuery> RewriteAsync(string question, Exchange? previous, Language language, CancellationToken cancellationToken)
    {
        var variables = new Dictionary<string, string>
        {
            ["question"] = question,
            ["previous_question"] = previous?.Question ?? "",
            ["previous_answer"] = previous?.AnswerSummary ?? "",
        };
        var text = await kernel.CompleteAsync(prompts.Function(PromptNames.QueryRewrite, language), variables, cancellationToken).ConfigureAwait(false);
        Log.ModelReplied(logger, PromptNames.QueryRewrite, text);
        if (ModelReplyParser.ParseRewrite(text) is not { } rewrite)
        {
            return new RewrittenQuery(question, [question]);
        }

        // Only a follow-up may change the question itself; otherwise the rewrites only widen retrieval.
        var standalone = previous is not null && rewrite.Standalone is { } resolved ? resolved.Trim() : question;
        return new RewrittenQuery(standalone, [standalone, question, .. rewrite.Queries]);
    }
}

using ChatBot.Llm.Grounding;
using Microsoft.Extensions.Logging;

namespace ChatBot.Llm;

/// <summary>Log events of the language-model mode (5100–5199). User text and model output only at Debug; keys never.</summary>
internal static partial class Log
{
    [LoggerMessage(5100, LogLevel.Information, "Language-model mode on: model {Model} at {EndpointHost}, budget {BudgetMs} ms")]
    public static partial void ModeOn(ILogger logger, string model, string endpointHost, double budgetMs);

    [LoggerMessage(5101, LogLevel.Information, "LLM answer {AnswerId} sent: {Sources} sources, {Citations} quotes, {Removed} items removed, {ElapsedMs} ms")]
    public static partial void Answered(ILogger logger, string answerId, int sources, int citations, int removed, long elapsedMs);

    [LoggerMessage(5102, LogLevel.Warning, "LLM mode fell back to the extractive answer: {Reason} after {ElapsedMs} ms")]
    public static partial void FellBack(ILogger logger, FallbackReason reason, long elapsedMs);

    [LoggerMessage(5103, LogLevel.Warning, "Model provider failed with HTTP {StatusCode} after {ElapsedMs} ms; extractive answer sent")]
    public static partial void ProviderFailed(ILogger logger, int statusCode, long elapsedMs);

    [LoggerMessage(5104, LogLevel.Warning, "LLM answer exceeded its {BudgetMs} ms budget; extractive answer sent")]
    public static partial void BudgetExceeded(ILogger logger, double budgetMs);

    [LoggerMessage(5105, LogLevel.Information, "Removed from the model's reply: {Reason} ({Id})")]
    public static partial void Removed(ILogger logger, RemovalReason reason, string id);

    [LoggerMessage(5106, LogLevel.Debug, "Model reply to {Prompt}: {Reply}")]
    public static partial void ModelReplied(ILogger logger, string prompt, string reply);

    [LoggerMessage(5107, LogLevel.Warning, "LLM answer failed with {ErrorType}; extractive answer sent")]
    public static partial void Failed(ILogger logger, string errorType);

    [LoggerMessage(5110, LogLevel.Information, "Embedding index ready: {Passages} passages, {Embedded} newly embedded, {ElapsedMs} ms")]
    public static partial void EmbeddingIndexReady(ILogger logger, int passages, int embedded, long elapsedMs);

    [LoggerMessage(5111, LogLevel.Warning, "Embedding index could not be built ({ErrorType}); retrieval stays lexical")]
    public static partial void EmbeddingIndexFailed(ILogger logger, string errorType);

    [LoggerMessage(5112, LogLevel.Warning, "Query embedding failed ({ErrorType}); lexical ranking used alone")]
    public static partial void DenseRetrievalFailed(ILogger logger, string errorType);
}

/// <summary>Why an LLM attempt ended in the extractive answer (besides errors and the budget).</summary>
internal enum FallbackReason
{
    NoPassages,
    MalformedReply,
    ModelDeclined,
    NothingVerified,
    MostClaimsUnverified,
    VerdictNotBacked,
}

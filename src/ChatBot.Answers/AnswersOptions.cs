using System.ComponentModel.DataAnnotations;

namespace ChatBot.Answers;

/// <summary>Section "Answers": limits and thresholds of the extractive answer service.</summary>
public sealed class AnswersOptions
{
    public const string Section = "Answers";

    [Range(20, 20_000)] public int MaxQuestionLength { get; set; } = 2000;

    /// <summary>Characters per reply page; what does not fit goes behind a "more" continuation.</summary>
    [Range(300, 20_000)] public int ReplyLimit { get; set; } = 2000;

    [Range(1, 3)] public int QuotesPerSource { get; set; } = 3;

    [Range(1, 10)] public int MaxSources { get; set; } = 3;

    /// <summary>Quotes in one reply at most: a comparison of three sides gets two each rather than nine in all.</summary>
    [Range(1, 30)] public int MaxQuotes { get; set; } = 6;

    /// <summary>Share of a question's topic (weighted by rarity) a passage must cover to count as an answer.</summary>
    [Range(0.05, 1.0)] public double MinCoverage { get; set; } = 0.55;

    /// <summary>
    /// The same share when the question names a party or publisher: the search is then narrowed to passages by or
    /// about it, so less of the question's wording has to be found (fitted by cross-validation; see README).
    /// </summary>
    [Range(0.05, 1.0)] public double MinCoverageNamed { get; set; } = 0.25;

    /// <summary>
    /// The share a claim check about a named party or document needs before its closest passages are shown: below it
    /// the claim is "not in the sources". Between it and <see cref="VerdictCoverage"/> the passages come without a verdict.
    /// </summary>
    [Range(0.05, 1.0)] public double MinCoverageClaim { get; set; } = 0.55;

    /// <summary>In a comparison, once one side answers, another side answers from this share of the best side's coverage.</summary>
    [Range(0.05, 1.0)] public double CompareShare { get; set; } = 0.4;

    /// <summary>Weight of a question word no document and no term list knows, as a share of the average known word's weight.</summary>
    [Range(0.0, 3.0)] public double UnknownWordWeight { get; set; } = 1.0;

    /// <summary>
    /// Factor on a passage's coverage for each thing the question asks for that its answering sentences lack: a number
    /// for "how many", a date for "when", a year or number the question states.
    /// </summary>
    [Range(0.0, 1.0)] public double MissingAnswerFactor { get; set; } = DefaultMissingAnswerFactor;

    /// <summary>The fitted default, also used by callers that rank without options (model retrieval, bench).</summary>
    public const double DefaultMissingAnswerFactor = 0.2;

    /// <summary>Coverage at which a claim check dares a verdict.</summary>
    [Range(0.05, 1.0)] public double VerdictCoverage { get; set; } = 0.7;
}

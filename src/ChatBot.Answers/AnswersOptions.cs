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

    /// <summary>Share of a question's topic (weighted by rarity) a passage must cover to count as an answer.</summary>
    [Range(0.05, 1.0)] public double MinCoverage { get; set; } = 0.55;

    /// <summary>Coverage at which a claim check dares a verdict.</summary>
    [Range(0.05, 1.0)] public double VerdictCoverage { get; set; } = 0.7;
}

using ChatBot.Answers.Model;

namespace ChatBot.Operations.Metrics;

/// <summary>Tag values for the answers counter, kept in one place so dashboards can rely on them.</summary>
public static class AnswerOutcome
{
    public const string Answered = "answered";
    public const string Abstained = "abstained";
    public const string Error = "error";

    public static string Of(Answer answer) => answer.Abstained ? Abstained : Answered;

    public static string ModeTag(AnswerMode mode) => mode == AnswerMode.Llm ? "llm" : "extractive";
}

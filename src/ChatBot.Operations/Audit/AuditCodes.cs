using ChatBot.Answers.Model;

namespace ChatBot.Operations.Audit;

/// <summary>The stored and exported spelling of the answer enums: the same snake_case codes as the answer JSON.</summary>
internal static class AuditCodes
{
    public static string Language(Language value) => value.Code();

    public static string Kind(QuestionKind value) => value switch
    {
        QuestionKind.Compare => "compare",
        QuestionKind.Check => "check",
        QuestionKind.Sources => "sources",
        _ => "position",
    };

    public static string Mode(AnswerMode value) => value == AnswerMode.Llm ? "llm" : "extractive";

    public static string Reason(AbstainReason value) => value switch
    {
        AbstainReason.EmptyQuestion => "empty_question",
        AbstainReason.QuestionTooLong => "question_too_long",
        AbstainReason.NotInSources => "not_in_sources",
        AbstainReason.UnknownParty => "unknown_party",
        AbstainReason.OffTopic => "off_topic",
        _ => "refused",
    };

    public static string Verdict(Verdict value) => value switch
    {
        Answers.Model.Verdict.Supported => "supported",
        Answers.Model.Verdict.Contradicted => "contradicted",
        _ => "not_in_sources",
    };

    public static Language ParseLanguage(string code) => LanguageCodes.Parse(code) ?? Answers.Model.Language.Nl;

    public static QuestionKind ParseKind(string code) => Enum.GetValues<QuestionKind>().FirstOrDefault(k => Kind(k) == code);

    public static AnswerMode ParseMode(string code) => code == "llm" ? AnswerMode.Llm : AnswerMode.Extractive;

    public static AbstainReason? ParseReason(string? code) =>
        code is null ? null : Enum.GetValues<AbstainReason>().FirstOrDefault(r => Reason(r) == code);

    public static Verdict? ParseVerdict(string? code) =>
        code is null ? null : Enum.GetValues<Verdict>().FirstOrDefault(v => Verdict(v) == code);
}

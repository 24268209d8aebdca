using ChatBot.Answers.Model;

namespace ChatBot.Llm.Composition;

/// <summary>The fixed words around an LLM answer, in the question's language. Not prompts: the model never sees them.</summary>
internal static class ReplyWording
{
    public static string ModeLine(Language language) => language == Language.Nl
        ? "Taalmodel-modus: deze samenvatting schreef een taalmodel; elk citaat is letterlijke brontekst en automatisch gecontroleerd."
        : "Language-model mode: a language model wrote this summary; every quote is verbatim source text, checked automatically.";

    /// <summary>Appended when the model was asked but its reply could not be used or verified in time.</summary>
    public static string FallbackLine(Language language) => language == Language.Nl
        ? "Extractieve modus: het taalmodel gaf geen controleerbaar antwoord op tijd; de citaten hierboven zijn rechtstreeks uit de bronnen gekozen."
        : "Extractive mode: the language model gave no verifiable answer in time; the quotes above were picked straight from the sources.";

    public static string SummaryLead(Language language) => language == Language.Nl ? "Samenvatting (taalmodel):" : "Summary (language model):";

    public static string SourcesHeading(Language language) => language == Language.Nl ? "Bronnen:" : "Sources:";

    public static string VerdictLine(Verdict verdict, Language language) => (verdict, language) switch
    {
        (Verdict.Supported, Language.Nl) => "Oordeel: de bronnen ondersteunen deze bewering.",
        (Verdict.Supported, _) => "Verdict: the sources support this claim.",
        (Verdict.Contradicted, Language.Nl) => "Oordeel: de bronnen spreken deze bewering tegen.",
        (Verdict.Contradicted, _) => "Verdict: the sources contradict this claim.",
        (_, Language.Nl) => "Oordeel: de bronnen zeggen hier niets over.",
        _ => "Verdict: the sources say nothing about this.",
    };
}

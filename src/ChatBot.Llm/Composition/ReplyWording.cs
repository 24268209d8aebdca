using ChatBot.Answers.Model;

namespace ChatBot.Llm.Composition;

/// <summary>The fixed words around an LLM answer, in the question's language. Not prompts: the model never sees them.</summary>
internal static class ReplyWording
{
    public static string ModeLine(Language language) => language == Language.Nl
        ? "Taalmodel-modus: deze samenvatting schreef een taalmodel; elk citaat is letterlijke brontekst en automatisch gecontroleerd."
        : "Language-model mode: a language model wrote this summary; every quote is verbatim source text, checked automatically.";

    /// <summary>Appended when the model was asked but its reply was not used: what happened, in the reader's words.</summary>
    public static string FallbackLine(Language language, FallbackCause cause, int? status = null, TimeSpan? budget = null)
    {
        var nl = language == Language.Nl;
        var seconds = (budget ?? TimeSpan.Zero).TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
        var what = cause switch
        {
            FallbackCause.Unreachable => nl ? "het taalmodel was niet bereikbaar" : "the language model could not be reached",
            FallbackCause.Refused => nl ? $"het taalmodel weigerde de vraag (HTTP {status})" : $"the language model refused the request (HTTP {status})",
            FallbackCause.TimedOut => nl ? $"het taalmodel antwoordde niet binnen {seconds} s" : $"the language model did not answer within {seconds} s",
            FallbackCause.Failed => nl ? "de aanroep van het taalmodel mislukte" : "the call to the language model failed",
            _ => nl ? "het taalmodel gaf geen antwoord met controleerbare citaten" : "the language model gave no answer with checkable citations",
        };
        return nl
            ? $"Extractieve modus: {what}; de citaten hierboven zijn rechtstreeks uit de bronnen gekozen."
            : $"Extractive mode: {what}; the quotes above were picked straight from the sources.";
    }

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

/// <summary>Why a language-model answer was not used, as the fallback line tells the reader.</summary>
internal enum FallbackCause
{
    NoCheckableAnswer,
    Unreachable,
    Refused,
    TimedOut,
    Failed,
}

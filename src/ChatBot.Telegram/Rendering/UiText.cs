using ChatBot.Answers.Model;

namespace ChatBot.Telegram.Rendering;

/// <summary>The bot's own words, in Dutch and English. Answers come in the question's language; these follow it.</summary>
internal sealed record UiText(
    string ModeExtractive,
    string ModeLlm,
    string MoreSources,
    string Pin,
    string Pinned,
    string PinRefused,
    string PinFailed,
    string ButtonFailed,
    string PinOnlyInGroups,
    string Expired,
    string RateLimited,
    string Unsupported,
    string UsageHint,
    string Failed,
    string SourcesHeading,
    string NoSources,
    string Supported,
    string Contradicted,
    string NotInSources,
    string VerdictLabel,
    string InlineEmpty,
    string Help)
{
    public static UiText Nl { get; } = new(
        ModeExtractive: "Modus: extractief (letterlijke citaten, geen taalmodel)",
        ModeLlm: "Modus: llm (samenvatting door een taalmodel, citaten letterlijk)",
        MoreSources: "Meer bronnen",
        Pin: "📌 Pin",
        Pinned: "📌 Vastgezet.",
        PinRefused: "Alleen beheerders van deze groep kunnen antwoorden vastzetten.",
        PinFailed: "Vastzetten lukte niet: geef de bot het recht om berichten vast te zetten.",
        ButtonFailed: "Dat lukte nu niet: Telegram gaf een fout. Probeer het zo nog eens.",
        PinOnlyInGroups: "Vastzetten kan alleen in groepen.",
        Expired: "Dit antwoord is niet meer beschikbaar; stel de vraag opnieuw.",
        RateLimited: "Even rustig aan: je hebt veel vragen gesteld. Probeer het over {0} seconden opnieuw.",
        Unsupported: "Ik lees alleen tekst. Stel je vraag in een tekstbericht.",
        UsageHint: "Zet je vraag achter het commando, bijvoorbeeld: /{0} Wat zegt de VVD over gezinshereniging?",
        Failed: "Er ging iets mis bij het beantwoorden. Probeer het later opnieuw.",
        SourcesHeading: "Bronnen die ik ken:",
        NoSources: "Er zijn nog geen bronnen geladen.",
        Supported: "ondersteund door de bronnen",
        Contradicted: "tegengesproken door de bronnen",
        NotInSources: "niet te vinden in de bronnen",
        VerdictLabel: "Oordeel",
        InlineEmpty: "Typ een vraag over asiel of migratie",
        Help: """
            Ik beantwoord vragen over asiel en migratie met <b>letterlijke citaten</b> uit partijprogramma's en officiële stukken, met de bron erbij.

            /ask &lt;vraag&gt; – stel een vraag
            /compare &lt;onderwerp&gt; – vergelijk standpunten van partijen
            /check &lt;bewering&gt; – controleer een bewering aan de bronnen
            /sources – welke bronnen ik ken
            /help – deze uitleg

            In een privégesprek is elk bericht een vraag. In een groep antwoord ik op commando's, op berichten die mij noemen en op antwoorden op mijn berichten. Beheerders kunnen een antwoord vastzetten met 📌.
            """);

    public static UiText En { get; } = new(
        ModeExtractive: "Mode: extractive (verbatim quotes, no language model)",
        ModeLlm: "Mode: llm (summary by a language model, quotes verbatim)",
        MoreSources: "More sources",
        Pin: "📌 Pin",
        Pinned: "📌 Pinned.",
        PinRefused: "Only administrators of this group can pin answers.",
        PinFailed: "Pinning failed: give the bot the right to pin messages.",
        ButtonFailed: "That did not work just now: Telegram returned an error. Please try again shortly.",
        PinOnlyInGroups: "Pinning works in groups only.",
        Expired: "This answer is no longer available; please ask again.",
        RateLimited: "Easy there: you have asked a lot of questions. Please try again in {0} seconds.",
        Unsupported: "I only read text. Please ask your question in a text message.",
        UsageHint: "Put your question after the command, for example: /{0} What does the VVD say about family reunification?",
        Failed: "Something went wrong while answering. Please try again later.",
        SourcesHeading: "Sources I know:",
        NoSources: "No sources are loaded yet.",
        Supported: "supported by the sources",
        Contradicted: "contradicted by the sources",
        NotInSources: "not found in the sources",
        VerdictLabel: "Verdict",
        InlineEmpty: "Type a question about asylum or migration",
        Help: """
            I answer questions about asylum and migration with <b>verbatim quotes</b> from party programmes and official documents, with the source named.

            /ask &lt;question&gt; – ask a question
            /compare &lt;topic&gt; – compare party positions
            /check &lt;claim&gt; – check a claim against the sources
            /sources – which sources I know
            /help – this text

            In a private chat every message is a question. In a group I answer commands, messages that mention me and replies to my messages. Administrators can pin an answer with 📌.
            """);

    public static UiText For(Language language) => language == Language.Nl ? Nl : En;

    /// <summary>Telegram's language_code of the user ("nl", "nl-BE", "en-US"...): Dutch for nl, English otherwise.</summary>
    public static UiText ForUser(string? languageCode) =>
        languageCode is not null && languageCode.StartsWith("nl", StringComparison.OrdinalIgnoreCase) ? Nl : En;

    public string Mode(AnswerMode mode) => mode == AnswerMode.Llm ? ModeLlm : ModeExtractive;

    public string Verdict(Verdict verdict) => verdict switch
    {
        Answers.Model.Verdict.Supported => Supported,
        Answers.Model.Verdict.Contradicted => Contradicted,
        _ => NotInSources,
    };
}

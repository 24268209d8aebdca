using ChatBot.Answers.Model;

namespace ChatBot.Discord.Rendering;

/// <summary>The bot's own short texts in Dutch and English (answers bring their own language).</summary>
public sealed record BotTexts(
    string Question,
    string Documents,
    string Undated,
    string Mode,
    string Extractive,
    string Llm,
    string MoreSources,
    string Pin,
    string Pinned,
    string PinRefused,
    string PinOnlyInServers,
    string AnswerExpired,
    string RateLimited,
    string Failed,
    string EmptyMention,
    string Section,
    string HelpTitle,
    string Help,
    string ReplyRefused,
    string BotCannotPin)
{
    public static BotTexts For(Language language) => language == Language.Nl ? Dutch : English;

    /// <summary>Discord locales are "nl", "en-US", "en-GB", …</summary>
    public static BotTexts ForLocale(string? locale) =>
        locale is not null && locale.StartsWith("nl", StringComparison.OrdinalIgnoreCase) ? Dutch : English;

    public static BotTexts Dutch { get; } = new(
        "Vraag", "Documenten", "ongedateerd", "modus", "extractief (letterlijke citaten)", "taalmodel",
        "Meer bronnen", "📌 Vastzetten", "📌 Antwoord vastgezet.",
        "Alleen leden met de permissie Berichten vastzetten mogen antwoorden vastzetten.",
        "Vastzetten kan alleen in een server.",
        "Dit antwoord is niet meer beschikbaar; stel de vraag opnieuw.",
        "Je stelt snel veel vragen. Probeer het over {0} seconden opnieuw.",
        "Er ging iets mis bij het beantwoorden. Probeer het later opnieuw.",
        "Stel je vraag na de vermelding, bijvoorbeeld: @bot Wat zegt de VVD over gezinshereniging?",
        "sectie",
        "Zo werkt de bot",
        "Ik beantwoord vragen over asiel en migratie met letterlijke citaten uit partijprogramma's en Kamerstukken, met bron.\n" +
        "• `/vraag` — een vraag stellen\n• `/vergelijk` — standpunten van partijen naast elkaar\n" +
        "• `/controleer` — een bewering toetsen aan de bronnen\n• `/bronnen` — welke documenten er zijn\n" +
        "• Noem mij (@bot) met een vraag, of stuur een privébericht.\n" +
        "Moderators met Berichten vastzetten kunnen een antwoord vastzetten met 📌.",
        "{0} Discord weigerde mijn antwoord op je /{1}, daarom staat het hier als gewoon bericht.",
        "Ik mag hier niet vastzetten: geef de bot de permissie Berichten vastzetten (of nodig hem opnieuw uit met de link uit de README).");

    public static BotTexts English { get; } = new(
        "Question", "Documents", "undated", "mode", "extractive (verbatim quotes)", "language model",
        "More sources", "📌 Pin", "📌 Answer pinned.",
        "Only members with the Pin Messages permission can pin answers.",
        "Pinning works only in a server.",
        "This answer is no longer available; please ask again.",
        "You are asking a lot of questions quickly. Please try again in {0} seconds.",
        "Something went wrong while answering. Please try again later.",
        "Put your question after the mention, for example: @bot What does the VVD say about family reunification?",
        "section",
        "How the bot works",
        "I answer questions about asylum and migration with verbatim quotes from party programmes and parliamentary papers, with their source.\n" +
        "• `/ask` — ask a question\n• `/compare` — parties' positions side by side\n" +
        "• `/check` — check a claim against the sources\n• `/sources` — which documents I know\n" +
        "• Mention me (@bot) with a question, or send a direct message.\n" +
        "Moderators with Pin Messages can pin an answer with 📌.",
        "{0} Discord refused my reply to your /{1}, so here it is as an ordinary message.",
        "I may not pin here: give the bot the Pin Messages permission (or invite it again with the link in the README).");

    public string ModeName(AnswerMode mode) => mode == AnswerMode.Llm ? Llm : Extractive;
}

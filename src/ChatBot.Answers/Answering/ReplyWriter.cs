using System.Text;
using ChatBot.Answers.Corpus;
using ChatBot.Answers.Model;

namespace ChatBot.Answers.Answering;

/// <summary>The reply's own words, in the question's language; quotes stay in the language of their document.</summary>
public static class ReplyWriter
{
    public static string Summary(Language lang, QuestionKind kind, Verdict? verdict, IReadOnlyList<SourceAnswer> sources)
    {
        var nl = lang == Language.Nl;
        var names = string.Join(nl ? " en " : " and ", sources.Select(s => s.Publisher));
        return kind switch
        {
            QuestionKind.Check => verdict switch
            {
                Verdict.Supported => nl ? "Claimcheck: de bronnen ondersteunen deze bewering." : "Claim check: the sources support this claim.",
                Verdict.Contradicted => nl ? "Claimcheck: de bronnen spreken deze bewering tegen." : "Claim check: the sources contradict this claim.",
                _ => nl ? "Claimcheck: geen eenduidig oordeel mogelijk; dit zijn de passages die er het dichtst bij komen."
                        : "Claim check: no clear verdict; these are the closest passages.",
            },
            QuestionKind.Compare => nl ? $"Vergelijking, bron voor bron ({names}):" : $"Side by side, source by source ({names}):",
            _ => nl ? $"Dit zeggen de bronnen ({names}):" : $"What the sources say ({names}):",
        };
    }

    public static string Abstention(Language lang, AbstainReason reason, IReadOnlyList<SourceDocument> documents, IReadOnlyList<string> absentParties, int maxLength)
    {
        var nl = lang == Language.Nl;
        var publishers = string.Join(", ", documents.Select(d => d.Publisher).Distinct());
        return reason switch
        {
            AbstainReason.EmptyQuestion => nl
                ? "Stel een vraag, bijvoorbeeld: “Wat vindt BIJ1 van vreemdelingendetentie?”"
                : "Ask me a question, for example: “What does BIJ1 want with immigration detention?”",
            AbstainReason.QuestionTooLong => nl
                ? $"Je vraag is langer dan {maxLength} tekens. Maak hem korter, dan zoek ik het op."
                : $"Your question is longer than {maxLength} characters. Please shorten it and ask again.",
            AbstainReason.UnknownParty => nl
                ? $"Daar zeggen mijn bronnen niets over: ik heb geen document van of over {string.Join(", ", absentParties)}. Ik citeer alleen uit: {publishers}."
                : $"My sources don't say: I have no document from or about {string.Join(", ", absentParties)}. I only quote from: {publishers}.",
            AbstainReason.Refused => nl
                ? $"Dat doe ik niet. Ik beantwoord alleen vragen over standpunten, met letterlijke citaten uit de bronnen ({publishers})."
                : $"I won't do that. I only answer questions about positions, with verbatim quotes from the sources ({publishers}).",
            AbstainReason.OffTopic => nl
                ? $"Waarover wil je het weten? Noem een onderwerp, bijvoorbeeld gezinshereniging of detentie. Bronnen: {publishers}."
                : $"What would you like to know? Name a topic, for example family reunification or detention. Sources: {publishers}.",
            _ => nl
                ? $"Daar zeggen de bronnen niets over. Ik antwoord alleen met letterlijke citaten uit: {publishers}."
                : $"The sources don't say. I only answer with verbatim quotes from: {publishers}.",
        };
    }

    public static string NotInSourcesClaim(Language lang) => lang == Language.Nl
        ? "Claimcheck: dit staat niet in de bronnen."
        : "Claim check: the sources don't say this.";

    public static string SilentAll(Language lang, IReadOnlyList<string> publishers) => lang == Language.Nl
        ? $"Niets hierover bij: {string.Join(", ", publishers)}."
        : $"Nothing on this from: {string.Join(", ", publishers)}.";

    public static string Silent(Language lang, string publisher) => lang == Language.Nl
        ? $"{publisher}: de bronnen zeggen hier niets over."
        : $"{publisher}: the sources don't say.";

    public static string Footer(Language lang) => lang == Language.Nl
        ? "(Extractief antwoord: letterlijke citaten, geen taalmodel.)"
        : "(Extractive answer: verbatim quotes, no language model.)";

    public static string Render(Language lang, string summary, IReadOnlyList<SourceAnswer> sources, IReadOnlyList<string> silent)
    {
        var sb = new StringBuilder(summary);
        foreach (var source in sources)
        {
            sb.Append("\n\n").Append(source.Publisher);
            if (source.Stance is { } stance)
            {
                sb.Append(" — ").Append(StanceText(lang, stance));
            }

            foreach (var c in source.Quotes)
            {
                sb.Append('\n').Append(Attribution(lang, source.Publisher, c)).Append('“').Append(c.Quote).Append('”');
                sb.Append("\n— ").Append(c.Speaker).Append(", ").Append(c.Title);
                if (c.Date is not null) sb.Append(", ").Append(c.Date);
                sb.Append(" · ").Append(c.Section).Append(" [").Append(c.File).Append(']');
            }
        }

        foreach (var line in silent)
        {
            sb.Append("\n\n").Append(line);
        }

        sb.Append("\n\n").Append(Footer(lang));
        return sb.ToString();
    }

    /// <summary>
    /// Who says a quote, before it: nothing for the group's own text; the signatories for a joint text ("D66, VVD en CDA
    /// (coalitieakkoord): "); the reporter and the party for a report ("Volgens NOS (2021-03) over PvdD: "), so a
    /// reporter's words are never shown as the party's own.
    /// </summary>
    public static string Attribution(Language lang, string group, Citation c)
    {
        if (c.Speaker == group) return "";
        if (c.SpeaksFor.Contains(group, StringComparer.Ordinal) || !c.Subjects.Contains(group, StringComparer.Ordinal) && c.SpeaksFor.Count > 0) return c.Speaker + ": ";
        var date = c.Date is null ? "" : $" ({c.Date})";
        return lang == Language.Nl ? $"Volgens {c.Speaker}{date} over {group}: " : $"{c.Speaker}{date} on {group}: ";
    }

    private static string StanceText(Language lang, Verdict stance) => (lang, stance) switch
    {
        (Language.Nl, Verdict.Supported) => "ondersteunt de bewering",
        (Language.Nl, Verdict.Contradicted) => "spreekt de bewering tegen",
        (_, Verdict.Supported) => "supports the claim",
        (_, Verdict.Contradicted) => "contradicts the claim",
        _ => "",
    };
}

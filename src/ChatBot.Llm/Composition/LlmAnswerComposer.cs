using System.Globalization;
using System.Text;
using ChatBot.Answers;
using ChatBot.Answers.Model;
using ChatBot.Llm.Grounding;

namespace ChatBot.Llm.Composition;

/// <summary>
/// Builds the <see cref="Answer"/> from a verified reply: quotes are the stored text at verified offsets, at most
/// three per publisher, numbered in reading order; the text says the language-model mode made it.
/// </summary>
internal sealed class LlmAnswerComposer(ISourceCatalog? catalog)
{
    private const int QuotesPerSource = 3;

    /// <summary>The answer, or null when nothing verified remains to say.</summary>
    public Answer? Compose(Answer extractive, QuestionKind kind, GroundedReply reply)
    {
        var kept = KeepPerPublisher(reply.Claims.SelectMany(c => c.Citations).Concat(reply.VerdictCitations));
        var claims = reply.Claims
            .Select(c => c with { Citations = [.. c.Citations.Where(kept.Contains)] })
            .Where(c => c.Citations.Count > 0)
            .ToList();
        if (claims.Count == 0)
        {
            return null;
        }

        var verdict = kind == QuestionKind.Check ? reply.Verdict : null;
        var verdictCitations = verdict is null ? [] : reply.VerdictCitations.Where(kept.Contains).ToList();
        var verdictPublishers = verdictCitations.Select(c => c.Passage.Publisher).ToHashSet(StringComparer.Ordinal);
        var language = extractive.Language;
        // The quotes that decide a verdict are shown even when no claim cites them.
        var numbered = kept.Where(c => verdictCitations.Contains(c) || claims.Any(claim => claim.Citations.Contains(c))).ToList();
        var sources = numbered
            .GroupBy(c => c.Passage.Publisher, StringComparer.Ordinal)
            .Select(g => new SourceAnswer(g.Key, [.. g.Select(ToCitation)], verdict is { } v && verdictPublishers.Contains(g.Key) ? v : null))
            .ToList();

        return new Answer
        {
            AnswerId = AnswerId.New(),
            Question = extractive.Question,
            Language = language,
            Kind = kind,
            Mode = AnswerMode.Llm,
            Abstained = false,
            Verdict = verdict,
            Summary = verdict is { } decided
                ? ReplyWording.VerdictLine(decided, language)
                : $"{ReplyWording.SummaryLead(language)} {claims[0].Text}",
            Text = Text(language, verdict, verdictCitations, claims, numbered),
            Sources = sources,
        };
    }

    private static List<GroundedCitation> KeepPerPublisher(IEnumerable<GroundedCitation> citations)
    {
        var kept = new List<GroundedCitation>();
        foreach (var citation in citations.Distinct())
        {
            if (kept.Count(k => k.Passage.Publisher == citation.Passage.Publisher) < QuotesPerSource)
            {
                kept.Add(citation);
            }
        }

        return kept;
    }

    private static string Text(Language language, Verdict? verdict, List<GroundedCitation> verdictCitations, List<GroundedClaim> claims, List<GroundedCitation> numbered)
    {
        var text = new StringBuilder();
        text.AppendLine(ReplyWording.ModeLine(language)).AppendLine();
        if (verdict is { } v)
        {
            text.Append(ReplyWording.VerdictLine(v, language));
            AppendMarkers(text, verdictCitations, numbered);
            text.AppendLine().AppendLine();
        }

        foreach (var claim in claims)
        {
            text.Append(claim.Text);
            AppendMarkers(text, claim.Citations, numbered);
            text.AppendLine();
        }

        text.AppendLine().AppendLine(ReplyWording.SourcesHeading(language));
        for (var i = 0; i < numbered.Count; i++)
        {
            var c = numbered[i];
            var date = string.IsNullOrEmpty(c.Passage.Date) ? "" : $", {c.Passage.Date}";
            var section = string.IsNullOrEmpty(c.Passage.Section) ? "" : $", § {c.Passage.Section}";
            text.AppendLine(CultureInfo.InvariantCulture, $"[{i + 1}] “{c.Quote}” — {c.Passage.Publisher}, {c.Passage.Title}{date}{section}");
        }

        return text.ToString().TrimEnd();
    }

    private static void AppendMarkers(StringBuilder text, IEnumerable<GroundedCitation> citations, List<GroundedCitation> numbered)
    {
        foreach (var citation in citations)
        {
            text.Append(CultureInfo.InvariantCulture, $" [{numbered.IndexOf(citation) + 1}]");
        }
    }

    private Citation ToCitation(GroundedCitation c)
    {
        var document = catalog?.Documents.FirstOrDefault(d => d.File == c.Passage.File);
        return new Citation(
            c.Passage.File, c.Quote, c.Start, c.End, c.Passage.Publisher, c.Passage.Title, c.Passage.Date, c.Passage.Section,
            document?.Url, document?.Language ?? Language.Nl, document?.ContentHash ?? "");
    }
}

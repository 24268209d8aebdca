using ChatBot.Answers.Model;
using ChatBot.Llm.Retrieval;

namespace ChatBot.Llm.Grounding;

/// <summary>
/// The rules that keep the model from putting words in anyone's mouth. This is code, not prompt: nothing in a
/// question or a document can switch it off.
/// <list type="bullet">
/// <item>A citation must name a passage that was given, and a sentence of it or a quote that is verbatim
/// (whitespace-insensitive) in it; the quote sent is always the stored text at the verified offsets.</item>
/// <item>A claim without a surviving citation is removed, and so is a claim whose text puts anything in quotation
/// marks that is not verbatim in the passages it cites.</item>
/// <item>A check verdict (supported/contradicted) stands only when verified quotes back it.</item>
/// </list>
/// </summary>
internal static class GroundingVerifier
{
    private const int MaxClaimLength = 700;
    private const int MaxCitationsPerClaim = 3;
    // A matched fragment shorter than this says too little on its own: the whole sentence around it is cited.
    private const int MinQuoteLength = 24;

    public static GroundedReply Verify(ModelReply reply, IReadOnlyList<RetrievedPassage> passages)
    {
        var removals = new List<Removal>();
        var claims = new List<GroundedClaim>();
        foreach (var written in reply.Claims)
        {
            var claim = written with { Text = ClaimText.Tidy(written.Text) };
            if (claim.Text.Length == 0)
            {
                continue;
            }

            if (claim.Text.Length > MaxClaimLength)
            {
                removals.Add(new Removal(RemovalReason.ClaimTooLong, "claim"));
                continue;
            }

            var citations = VerifyAll(claim.Citations, passages, removals);
            if (citations.Count == 0)
            {
                removals.Add(new Removal(RemovalReason.ClaimWithoutCitation, "claim"));
                continue;
            }

            if (!ClaimText.QuotedWordsAreVerbatim(claim.Text, citations))
            {
                removals.Add(new Removal(RemovalReason.ClaimQuoteNotVerbatim, "claim"));
                continue;
            }

            claims.Add(new GroundedClaim(claim.Text, [.. citations.Take(MaxCitationsPerClaim)]));
        }

        var (verdict, verdictCitations) = VerifyVerdict(reply, passages, claims, removals);
        return new GroundedReply(claims, verdict, verdictCitations, removals);
    }

    private static (Verdict?, IReadOnlyList<GroundedCitation>) VerifyVerdict(
        ModelReply reply, IReadOnlyList<RetrievedPassage> passages, List<GroundedClaim> claims, List<Removal> removals)
    {
        if (reply.Verdict is not (Verdict.Supported or Verdict.Contradicted))
        {
            return (reply.Verdict, []);
        }

        var backing = reply.VerdictCitations.Count > 0
            ? VerifyAll(reply.VerdictCitations, passages, removals)
            : [.. claims.SelectMany(c => c.Citations).Distinct()];
        if (backing.Count == 0)
        {
            removals.Add(new Removal(RemovalReason.VerdictNotBacked, "verdict"));
            return (null, []);
        }

        return (reply.Verdict, backing);
    }

    private static List<GroundedCitation> VerifyAll(IReadOnlyList<ModelCitation> cited, IReadOnlyList<RetrievedPassage> passages, List<Removal> removals)
    {
        var verified = new List<GroundedCitation>();
        foreach (var citation in cited)
        {
            var result = VerifyOne(citation, passages, out var reason);
            if (result is null)
            {
                removals.Add(new Removal(reason, Label(citation.Id)));
            }
            else if (!verified.Contains(result))
            {
                verified.Add(result);
            }
        }

        return verified;
    }

    private static GroundedCitation? VerifyOne(ModelCitation citation, IReadOnlyList<RetrievedPassage> passages, out RemovalReason reason)
    {
        reason = RemovalReason.MalformedId;
        if (!SentenceRef.TryParse(citation.Id, out var reference))
        {
            return null;
        }

        reason = RemovalReason.PassageNotGiven;
        if (reference.Passage < 1 || reference.Passage > passages.Count)
        {
            return null;
        }

        var passage = passages[reference.Passage - 1];
        (int Start, int End)? sentence = null;
        if (reference.Sentence is { } s)
        {
            reason = RemovalReason.SentenceNotInPassage;
            if (s < 1 || s > passage.Sentences.Count)
            {
                return null;
            }

            sentence = passage.Sentences[s - 1];
        }

        if (citation.Quote is null)
        {
            // An id alone: the stored sentence is the quote. A bare passage id says too little to quote.
            reason = RemovalReason.SentenceNotInPassage;
            return sentence is { } only ? new GroundedCitation(passage, only.Start, only.End) : null;
        }

        reason = RemovalReason.QuoteNotVerbatim;
        var span = FindInSentence(passage, sentence, citation.Quote) ?? FindInPassage(passage, citation.Quote);
        if (span is not { } found)
        {
            return null;
        }

        return found.End - found.Start >= MinQuoteLength
            ? new GroundedCitation(passage, found.Start, found.End)
            : Widen(passage, found);
    }

    private static (int Start, int End)? FindInSentence(RetrievedPassage passage, (int Start, int End)? sentence, string quote)
    {
        if (sentence is not { } s)
        {
            return null;
        }

        var local = WhitespaceInsensitiveText.Find(passage.Slice(s.Start, s.End), quote);
        return local is { } l ? (s.Start + l.Start, s.Start + l.End) : null;
    }

    private static (int Start, int End)? FindInPassage(RetrievedPassage passage, string quote)
    {
        var local = WhitespaceInsensitiveText.Find(passage.Text, quote);
        return local is { } l ? (passage.Start + l.Start, passage.Start + l.End) : null;
    }

    private static GroundedCitation Widen(RetrievedPassage passage, (int Start, int End) found)
    {
        foreach (var (start, end) in passage.Sentences)
        {
            if (start <= found.Start && found.End <= end)
            {
                return new GroundedCitation(passage, start, end);
            }
        }

        return new GroundedCitation(passage, found.Start, found.End);
    }

    // The id is the model's output; keep the log label short and harmless.
    private static string Label(string id) => id.Length <= 16 ? id : id[..16];
}

using ChatBot.Answers.Model;
using ChatBot.Llm.Retrieval;

namespace ChatBot.Llm.Grounding;

/// <summary>A citation that survived verification: stored text of <see cref="Passage"/> at absolute offsets.</summary>
internal sealed record GroundedCitation(RetrievedPassage Passage, int Start, int End)
{
    public string Quote => Passage.Slice(Start, End);
}

/// <summary>A model claim whose every quoted word and at least one citation were verified.</summary>
internal sealed record GroundedClaim(string Text, IReadOnlyList<GroundedCitation> Citations);

/// <summary>What may be sent: verified claims, a verdict only if quotes back it, and what was removed and why.</summary>
internal sealed record GroundedReply(
    IReadOnlyList<GroundedClaim> Claims,
    Verdict? Verdict,
    IReadOnlyList<GroundedCitation> VerdictCitations,
    IReadOnlyList<Removal> Removals);

/// <summary>Why a citation or claim was removed; the id is the model's own label, never user text.</summary>
internal readonly record struct Removal(RemovalReason Reason, string Id);

internal enum RemovalReason
{
    MalformedId,
    PassageNotGiven,
    SentenceNotInPassage,
    QuoteNotVerbatim,
    ClaimWithoutCitation,
    ClaimQuoteNotVerbatim,
    ClaimTooLong,
    VerdictNotBacked,
}

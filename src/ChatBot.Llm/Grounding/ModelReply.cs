using ChatBot.Answers.Model;

namespace ChatBot.Llm.Grounding;

/// <summary>What the model said, as parsed from its JSON reply. Nothing here is trusted until verified.</summary>
internal sealed record ModelReply(bool Answerable, IReadOnlyList<ModelClaim> Claims, Verdict? Verdict, IReadOnlyList<ModelCitation> VerdictCitations);

/// <summary>One claim sentence written by the model and the sources it says back it.</summary>
internal sealed record ModelClaim(string Text, IReadOnlyList<ModelCitation> Citations);

/// <summary>A citation as the model gave it: an id such as "S3.2" and, optionally, the words it quotes.</summary>
internal sealed record ModelCitation(string Id, string? Quote);

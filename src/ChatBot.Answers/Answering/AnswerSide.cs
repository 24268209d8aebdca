namespace ChatBot.Answers.Answering;

/// <summary>
/// One side of an answer, searched and judged on its own: shown as <paramref name="Name"/>, about the parties or
/// publishers in <paramref name="Who"/>, from the documents in <paramref name="Files"/> (any document when null).
/// "Wat zegt MiGreat over de CU" is Name MiGreat, Who ChristenUnie, Files MiGreat's page.
/// </summary>
public sealed record AnswerSide(string Name, IReadOnlyList<string> Who, IReadOnlySet<string>? Files);

namespace ChatBot.Answers.Corpus.Segmentation;

/// <summary>
/// A sentence at exact offsets. <see cref="Pieces"/> leave out what sits inside it but is not content (a page
/// number, a footnote block); a quote joins pieces with " … ".
/// </summary>
public sealed record Sentence(int Start, int End, IReadOnlyList<TextSpan> Pieces);

using ChatBot.Answers.Corpus;
using ChatBot.Answers.Corpus.Segmentation;
using ChatBot.Answers.Model;

namespace ChatBot.Answers.Answering;

/// <summary>
/// Makes a citation from stored text only: the chosen sentences' pieces, whitespace folded, joined with " … " where
/// something lies between them. The offsets span the first to the last piece, so the quote is checkable.
/// </summary>
public static class QuoteBuilder
{
    public const string Gap = " … ";

    /// <param name="leadIn">The list's lead-in from an earlier passage ("BIJ1 is tegen:"), quoted before the item.</param>
    public static Citation Build(Passage passage, IEnumerable<int> sentenceIndexes, Sentence? leadIn = null)
    {
        var document = passage.Document;
        var text = document.Text;
        var spans = new List<TextSpan>();
        var picked = sentenceIndexes.Distinct().Order().ToList();
        var sentences = picked.Select(i => passage.Sentences[i]);
        if (leadIn is not null) sentences = sentences.Prepend(leadIn);
        foreach (var sentence in sentences)
        {
            foreach (var piece in sentence.Pieces)
            {
                if (spans.Count > 0 && PassageSegmenter.IsWhitespace(text, spans[^1].End, piece.Start))
                {
                    spans[^1] = spans[^1] with { End = piece.End };
                }
                else
                {
                    spans.Add(piece);
                }
            }
        }

        var quote = string.Join(Gap, spans.Select(s => Whitespace.Fold(text.AsSpan(s.Start, s.Length))));
        var info = document.Info;
        return new Citation(info.File, quote, spans[0].Start, spans[^1].End, info.Publisher, info.Title,
            FormatDate(info), passage.Section, info.Url, info.Language, info.ContentHash)
        {
            SpeaksFor = passage.Speakers,
            Subjects = [.. picked.Where(i => i < passage.SentenceSubjects.Count).SelectMany(i => passage.SentenceSubjects[i]).Distinct(StringComparer.Ordinal)],
        };
    }

    public static string? FormatDate(SourceDocumentInfo info) =>
        info.Date is null ? null : info.DateInferred ? info.Date + " (inferred)" : info.Date;

    /// <summary>True when the citation's quote is, fragment by fragment, the document's text inside its offsets.</summary>
    public static bool Verify(Citation citation, SourceDocument document)
    {
        if (citation.Start < 0 || citation.End > document.Text.Length || citation.Start >= citation.End) return false;
        var span = Whitespace.Fold(document.Text.AsSpan(citation.Start, citation.End - citation.Start));
        var fragments = citation.Quote.Split(Gap.Trim(), StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return fragments.Length > 0 && span.StartsWith(fragments[0], StringComparison.Ordinal)
            && span.EndsWith(fragments[^1], StringComparison.Ordinal) && fragments.All(f => span.Contains(f, StringComparison.Ordinal));
    }
}

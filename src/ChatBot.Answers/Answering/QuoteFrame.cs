using System.Text.RegularExpressions;
using ChatBot.Answers.Corpus.Segmentation;

namespace ChatBot.Answers.Answering;

/// <summary>
/// What a quote needs to keep its meaning: the sentence a "Zo ook …"/"Daaronder …"/"This …" sentence leans on, and the
/// lead-in of a list item ("BIJ1 is tegen:" above "het afdwingen van medewerking aan deportaties"), so an item from a
/// list of things a party opposes is never shown as its position.
/// </summary>
public static partial class QuoteFrame
{
    private const int MaxFramed = 650;
    private const int MaxLeadIn = 240;
    private const int ListReach = 8;

    [GeneratedRegex(@"^\W*(zo ook|ook|daaronder|daarbij|daarnaast|daarom|daardoor|hierdoor|hiermee|daarmee|dit|dat|deze|die|tevens|bovendien|" +
                    @"this|that|these|those|also|in addition|therefore|thus|moreover|furthermore|such)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeansBack();

    /// <summary>
    /// The picked sentences plus what the first one needs: the lead-in of the list it is an item of, within this passage
    /// ("Onaanvaardbaar is dan ook:" above its sub-items), or the sentence before it when it leans on that one.
    /// </summary>
    public static IReadOnlyList<int> WithAntecedent(Passage passage, IReadOnlyList<int> picked)
    {
        if (picked.Count == 0) return picked;
        var first = picked.Min();
        if (first == 0 || picked.Contains(first - 1)) return picked;
        var text = passage.Document.Text;
        for (var i = first - 1; i >= 0; i--)
        {
            var candidate = passage.Sentences[i];
            if (text[candidate.Start..candidate.End].TrimEnd().EndsWith(':'))
            {
                if (candidate.End - candidate.Start <= MaxLeadIn) return [i, .. picked];
                break;
            }

            if (candidate.End - candidate.Start > 300) break;
        }

        var sentence = passage.Sentences[first];
        if (!LeansBack().IsMatch(text.AsSpan(sentence.Start, sentence.End - sentence.Start).ToString())) return picked;
        var length = picked.Sum(i => passage.Sentences[i].End - passage.Sentences[i].Start) + passage.Sentences[first - 1].End - passage.Sentences[first - 1].Start;
        return length <= MaxFramed ? [first - 1, .. picked] : picked;
    }

    /// <summary>
    /// The text a claim's direction is read from: the sentences that carry it and the lead-in of the list they stand in
    /// ("Onaanvaardbaar is dan ook:"), not a neighbouring sentence quoted only for context.
    /// </summary>
    public static string ClaimEvidence(Passage passage, IReadOnlyList<int> picked)
    {
        var text = passage.Document.Text;
        return string.Join(' ', WithAntecedent(passage, picked)
            .Select(i => (Index: i, Text: text[passage.Sentences[i].Start..passage.Sentences[i].End]))
            .Where(x => picked.Contains(x.Index) || x.Text.TrimEnd().EndsWith(':')).Select(x => x.Text));
    }

    /// <summary>
    /// The lead-in a list item stands under: the nearest earlier passage of the same document and section that ends in
    /// a colon, with only short items between. Null when the passage is not such an item or its first sentence is not quoted.
    /// </summary>
    public static Sentence? LeadIn(Passage passage, IReadOnlyList<int> picked, IReadOnlyList<Passage> all)
    {
        if (!picked.Contains(0) || passage.Id <= 0 || passage.Id >= all.Count || all[passage.Id].Start != passage.Start || all[passage.Id].Document != passage.Document) return null;
        for (var id = passage.Id - 1; id >= 0 && id >= passage.Id - ListReach; id--)
        {
            var before = all[id];
            if (before.Document != passage.Document || before.Section != passage.Section || before.Sentences.Count == 0) return null;
            var last = before.Sentences[^1];
            var lastText = passage.Document.Text[last.Start..last.End].TrimEnd();
            if (lastText.EndsWith(':')) return last.End - last.Start <= MaxLeadIn ? last : null;
            if (before.End - before.Start > 400) return null;
        }

        return null;
    }
}

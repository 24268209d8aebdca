using ChatBot.Answers.Corpus.Segmentation;
using ChatBot.Answers.Lexicon;

namespace ChatBot.Answers.Corpus.Subjects;

/// <summary>
/// Whom each sentence is about. A sentence that names parties ("De VVD wil …", "PVV: …", "Ook BVNL wil …") is about
/// them; one that names none ("Daarnaast wil de partij …") is about the party the sentence before it named first, or
/// the party of its heading or list label. A passage that starts mid-sentence (a list item broken by a link) goes on
/// with the party of the passage before it. A party's own document is about that party throughout.
/// </summary>
public static class SubjectReader
{
    private const int MaxLabelLength = 100;

    public static IReadOnlyList<Passage> Assign(IReadOnlyList<Passage> passages, IReadOnlyList<string> speakers, PartyRegister register)
    {
        var result = new List<Passage>(passages.Count);
        string? carry = null;
        string? label = null; // a short line naming a party ("Wat wil de VVD?") heads the paragraphs after it
        string? section = null;
        foreach (var passage in passages)
        {
            var text = passage.Document.Text;
            if (passage.Section != section) (section, label) = (passage.Section, null);
            var heading = passage.Section == passage.Document.Info.Title ? [] : register.Mentions(passage.Section, 0, passage.Section.Length);
            if (!ContinuesPrevious(text, passage)) carry = heading.Count > 0 ? heading[0].Party : label;
            var perSentence = new List<IReadOnlyList<string>>(passage.Sentences.Count);
            string? firstNamed = null;
            foreach (var sentence in passage.Sentences)
            {
                var named = sentence.Pieces.SelectMany(p => register.Mentions(text, p.Start, p.End)).Select(m => m.Party).Distinct().ToList();
                if (named.Count > 0) carry = named[0];
                firstNamed ??= named.FirstOrDefault();
                IEnumerable<string> about = named.Count > 0 ? named : carry is null ? [] : [carry];
                perSentence.Add([.. speakers.Concat(about).Distinct(StringComparer.Ordinal)]);
            }

            if (passage.Sentences.Count == 1 && passage.End - passage.Start <= MaxLabelLength && firstNamed is not null) label = firstNamed;
            result.Add(passage with { Speakers = speakers, SentenceSubjects = perSentence });
        }

        return result;
    }

    /// <summary>Starts with a small letter or punctuation: the rest of the sentence before it.</summary>
    private static bool ContinuesPrevious(string text, Passage passage)
    {
        var first = text[passage.Start];
        return char.IsLower(first) || first is '.' or ',' or ';' or ':' or ')';
    }
}

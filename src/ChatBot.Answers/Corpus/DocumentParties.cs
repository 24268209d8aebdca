using ChatBot.Answers.Corpus.Segmentation;

namespace ChatBot.Answers.Corpus;

/// <summary>
/// Whom a document speaks for (its publisher's party, or a joint text's signatories) and which other parties its
/// sentences are about, most mentioned first: what a moderator checks after adding a document.
/// </summary>
public sealed record DocumentParties(IReadOnlyList<string> SpeaksFor, IReadOnlyList<string> About)
{
    public static IReadOnlyDictionary<string, DocumentParties> Of(IEnumerable<Passage> passages) =>
        passages.GroupBy(p => p.Document.File, StringComparer.Ordinal).ToDictionary(g => g.Key, g =>
        {
            var speakers = g.First().Speakers;
            var about = g.SelectMany(p => p.SentenceSubjects.SelectMany(s => s)).Where(s => !speakers.Contains(s))
                .GroupBy(s => s, StringComparer.Ordinal).OrderByDescending(s => s.Count()).ThenBy(s => s.Key, StringComparer.Ordinal)
                .Select(s => s.Key).ToList();
            return new DocumentParties(speakers, about);
        }, StringComparer.Ordinal);
}

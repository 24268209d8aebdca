using ChatBot.Answers.Corpus.Segmentation;
using ChatBot.Answers.Model;

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

    /// <summary>At most this many "about" parties are named in a line; the rest are counted.</summary>
    private const int MaxNamed = 8;

    public static DocumentParties None { get; } = new([], []);

    /// <summary>"spreekt voor BIJ1; over VVD, PVV" / "speaks for no party; about VVD": one line for a list of sources.</summary>
    public string Describe(Language language)
    {
        var nl = language == Language.Nl;
        var speaks = SpeaksFor.Count == 0 ? nl ? "spreekt voor geen partij" : "speaks for no party" : (nl ? "spreekt voor " : "speaks for ") + string.Join(", ", SpeaksFor);
        var about = About.Count == 0 ? nl ? "over geen andere partij" : "about no other party"
            : (nl ? "over " : "about ") + string.Join(", ", About.Take(MaxNamed)) + (About.Count > MaxNamed ? (nl ? $" en {About.Count - MaxNamed} meer" : $" and {About.Count - MaxNamed} more") : "");
        return speaks + "; " + about;
    }
}

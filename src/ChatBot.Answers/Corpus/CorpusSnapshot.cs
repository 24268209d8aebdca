using ChatBot.Answers.Corpus.Segmentation;
using ChatBot.Answers.Corpus.Subjects;
using ChatBot.Answers.Model;
using ChatBot.Answers.Retrieval;
using ChatBot.Answers.Retrieval.Store;

namespace ChatBot.Answers.Corpus;

/// <summary>One way people name a publisher ("het kabinet" → the coalition agreement), split into words.</summary>
public sealed record PartyAlias(string Alias, IReadOnlyList<string> Words, string Publisher);

/// <summary>
/// Everything answering needs, built once per corpus version and never changed: a reload builds a new snapshot
/// and swaps it in, so questions in flight finish on the one they started with.
/// </summary>
public sealed class CorpusSnapshot : IDisposable
{
    private CorpusSnapshot(IReadOnlyList<SourceDocument> documents, Lexicon.Lexicon lexicon, IReadOnlyList<Passage> passages,
        PassageIndex index, TermTranslator translator, IReadOnlySet<string> vocabulary)
    {
        Documents = documents;
        Lexicon = lexicon;
        Passages = passages;
        Index = index;
        Translator = translator;
        Vocabulary = vocabulary;
        Labels = passages.SelectMany(p => p.Who).ToHashSet(StringComparer.Ordinal);
        Reporters = passages.GroupBy(p => p.Document.Publisher).Where(g => g.All(p => p.Speakers.Count == 0))
            .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.SelectMany(p => p.Subjects).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        Version = CorpusFingerprint.Of(documents.Select(d => d.Info)); // the one corpus id, as in the audit trail and on /sources
        Parties = DocumentParties.Of(passages);
        // Whom a question can name: each alias once, longest first, with its publisher (not per document).
        // A party's name reaches the party (and every passage about it) through the register, not one publisher.
        Aliases = [.. documents.SelectMany(d => d.PartyAliases.Select(a => (Alias: a, d.Publisher)))
            .Where(x => lexicon.Parties.Find(x.Alias) is null)
            .DistinctBy(x => x.Alias).OrderByDescending(x => x.Alias.Length)
            .Select(x => new PartyAlias(x.Alias, Words.Split(x.Alias), x.Publisher))];
    }

    /// <summary>Every name a question can ask for: publishers, and parties a document speaks for or is about.</summary>
    public IReadOnlySet<string> Labels { get; }

    /// <summary>
    /// Publishers that speak for no party (news sites, NGOs), with the parties they write about: named beside a party
    /// they report on, they are where to look ("volgens NOS, wat wil de VVD"), not a side to compare.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Reporters { get; }

    /// <summary>Per document file: the parties it speaks for and the parties it is about (for /sources and the sources answer).</summary>
    public IReadOnlyDictionary<string, DocumentParties> Parties { get; }

    /// <summary>Publisher aliases from the manifest that are not party names, longest first.</summary>
    public IReadOnlyList<PartyAlias> Aliases { get; }

    /// <summary>Concepts and spelling corrections already worked out on this snapshot (they depend on nothing else).</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, object> _memo = new(StringComparer.Ordinal);

    /// <summary>Bounded, so a flood of made-up words cannot grow memory without end.</summary>
    internal T Remember<T>(string key, Func<T> make) where T : class
    {
        if (_memo.TryGetValue(key, out var known)) return (T)known;
        var made = make();
        if (_memo.Count < 50_000) _memo.TryAdd(key, made);
        return made;
    }

    public IReadOnlyList<SourceDocument> Documents { get; }
    public Lexicon.Lexicon Lexicon { get; }
    public IReadOnlyList<Passage> Passages { get; }
    public PassageIndex Index { get; }
    public TermTranslator Translator { get; }
    /// <summary>Every word of the corpus and the term list, for spelling tolerance.</summary>
    public IReadOnlySet<string> Vocabulary { get; }
    /// <summary>Content hashes of all documents: the corpus version an answer was made from.</summary>
    public string Version { get; }

    public static CorpusSnapshot Build(IReadOnlyList<SourceDocument> documents, Lexicon.Lexicon lexicon) => Build(documents, lexicon, store: null);

    /// <summary>As <see cref="Build(IReadOnlyList{SourceDocument}, Lexicon.Lexicon)"/>, opening the store's saved index of these documents when there is one, else saving the new one there.</summary>
    public static CorpusSnapshot Build(IReadOnlyList<SourceDocument> documents, Lexicon.Lexicon lexicon, IndexStore? store)
    {
        if (store?.TryOpen(documents, lexicon) is var (opened, saved))
        {
            return new CorpusSnapshot(documents, lexicon, [.. opened.Passages.Select(p => p.Passage)], opened,
                new TermTranslator(lexicon, opened.Analysis), saved.Vocabulary.ToHashSet(StringComparer.Ordinal));
        }

        var passages = Segment(documents, lexicon);
        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        var dutchWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var passage in passages)
        {
            foreach (var word in Words.Split(passage.Text))
            {
                vocabulary.Add(word);
                if (passage.Document.Info.Language == Language.Nl) dutchWords.Add(word);
            }
        }

        foreach (var entry in lexicon.Terms)
        {
            foreach (var word in entry.Dutch.Concat(entry.English).SelectMany(Words.Split))
            {
                vocabulary.Add(word);
            }

            dutchWords.UnionWith(entry.Dutch.Where(v => !v.Contains(' ', StringComparison.Ordinal)));
        }

        var analysis = new TextAnalysis(dutchWords);
        var index = store is null
            ? new PassageIndex(passages, analysis)
            : store.Build(documents, lexicon, passages, analysis, [.. dutchWords], [.. vocabulary]);
        if (!ReferenceEquals(index.Analysis, analysis)) analysis.Dispose(); // the saved index was opened with its own
        return new CorpusSnapshot(documents, lexicon, [.. index.Passages.Select(p => p.Passage)], index, new TermTranslator(lexicon, index.Analysis), vocabulary);
    }

    private static List<Passage> Segment(IReadOnlyList<SourceDocument> documents, Lexicon.Lexicon lexicon)
    {
        var passages = new List<Passage>();
        foreach (var document in documents)
        {
            var segmented = PassageSegmenter.Segment(document, lexicon, passages.Count);
            if (segmented.Count == 0)
            {
                throw new CorpusLoadException($"{document.File} has no readable passage (only navigation or blank lines). Check the file or remove its manifest entry.");
            }

            var assigned = SubjectReader.Assign(segmented, Speakers(document, lexicon.Parties), lexicon.Parties).ToList();
            // A saved excerpt may stop mid-sentence ("… such as"): that sentence cannot answer anything.
            var end = document.Text.TrimEnd().Length;
            if (assigned[^1].End == end && !".!?…\"”’')]:;".Contains(document.Text[end - 1], StringComparison.Ordinal))
            {
                assigned[^1] = assigned[^1] with { CutOff = true };
            }
            passages.AddRange(assigned);
        }

        return passages;
    }

    /// <summary>The parties a document speaks for: "speaks_for" in the manifest, else the parties its publisher and aliases name.</summary>
    private static IReadOnlyList<string> Speakers(SourceDocument document, Lexicon.PartyRegister register)
    {
        var names = document.SpeaksFor.Count > 0 ? document.SpeaksFor : document.PartyAliases.Prepend(document.Publisher);
        return [.. names.Select(n => register.Find(n)?.Name ?? (document.SpeaksFor.Count > 0 ? n : null)).OfType<string>().Distinct(StringComparer.Ordinal)];
    }

    public void Dispose()
    {
        Index.Dispose();
        Index.Analysis.Dispose();
    }
}

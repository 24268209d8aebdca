using ChatBot.Answers.Corpus;
using ChatBot.Answers.Model;
using ChatBot.Answers.Retrieval;

namespace ChatBot.Answers.Answering;

/// <summary>
/// Documents named by description rather than by publisher: "the ngo letter", "de brief aan Buma", "het regeerakkoord",
/// "bij1's english programme", "het oude programma", "dat engelse info pack uit 2021". Everything comes from the
/// manifest (title, kind, language, date, url) and documents.tsv, so it holds for any folder of documents.
/// </summary>
public static class DocumentReferences
{
    /// <summary>What one document can be called besides its publisher's name.</summary>
    private sealed record Described(SourceDocument Document, IReadOnlyList<string> Speakers, IReadOnlySet<int> Kinds,
        IReadOnlySet<string> TitleWords, IReadOnlySet<string> HostWords, string? Year);

    /// <summary>Documents a question's words point at, and which words did the pointing.</summary>
    public sealed record Resolved(IReadOnlyDictionary<string, IReadOnlySet<string>> FilesBySide, IReadOnlyList<string> AddedSides,
        IReadOnlyList<int> UsedWords);

    /// <summary>
    /// Resolves descriptions of documents among the words not yet read as names. A named publisher with several
    /// documents is narrowed to the ones described ("bij1 2023"); a description without a publisher ("the ngo letter")
    /// adds the document's publisher as a side; a report described beside a named party ("volgens dat engelse info
    /// pack, wat wil de VVD") restricts that party to the report. Words used are marked consumed: they are not topics.
    /// </summary>
    public static Resolved Resolve(IReadOnlyList<string> words, bool[] consumed, IReadOnlyList<string> named, CorpusSnapshot corpus)
    {
        var described = corpus.Remember("documents:described", () => Describe(corpus));
        var filesBySide = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        var added = new List<string>();
        var lexicon = corpus.Lexicon.DocumentWords;
        var free = Enumerable.Range(0, words.Count).Where(i => !consumed[i]).ToList();
        if (free.Count == 0 || described.Count == 0) return new Resolved(filesBySide, added, []);

        // Which free words describe which documents, and how strongly (a language or year alone describes nothing).
        var hits = described.ToDictionary(d => d.Document.File, _ => new List<(int Word, bool Strong)>(), StringComparer.Ordinal);
        foreach (var i in free)
        {
            var word = words[i];
            var kind = lexicon.Kind(word);
            var language = lexicon.LanguageOf(word);
            foreach (var d in described)
            {
                if (kind is { } k && d.Kinds.Contains(k) || d.TitleWords.Contains(word) || d.HostWords.Contains(word))
                {
                    hits[d.Document.File].Add((i, true));
                }
                else if (language is { } l && d.Document.Info.Language == l || word.Length == 4 && word == d.Year)
                {
                    hits[d.Document.File].Add((i, false));
                }
            }
        }

        var used = new HashSet<int>();
        // A named publisher or party: its own documents, narrowed by what the question says of them.
        foreach (var side in named)
        {
            var own = described.Where(d => d.Document.Publisher == side || d.Speakers.Contains(side)).ToList();
            if (own.Count == 0) continue;
            var score = own.ToDictionary(d => d, d => hits[d.Document.File].Select(h => h.Word).Distinct().Count());
            var ages = free.Select(i => (Word: i, Age: lexicon.Age(words[i]))).Where(x => x.Age != 0).ToList();
            if (own.Count > 1 && ages.Count > 0 && own.Select(d => d.Document.Info.Date ?? "").Distinct().Count() == own.Count)
            {
                // "het oude programma" is the oldest edition; "oud en nieuw" asks for both.
                var ordered = own.OrderBy(d => d.Document.Info.Date, StringComparer.Ordinal).ToList();
                foreach (var (word, age) in ages)
                {
                    score[age < 0 ? ordered[0] : ordered[^1]] += 1;
                    used.Add(word);
                }
            }

            var best = score.Values.Max();
            if (best == 0) continue;
            var chosen = own.Where(d => score[d] == best).ToList();
            foreach (var d in own) used.UnionWith(hits[d.Document.File].Select(h => h.Word));
            // Described, a party is its own documents ("hun site", "bij1's programme"), not what others write about it.
            filesBySide[side] = chosen.Select(d => d.Document.File).ToHashSet(StringComparer.Ordinal);
        }

        // Documents described without their publisher's name, most described first, each while the description is
        // specific: "de brief aan Buma en het regeerakkoord" is two documents; "page" alone fits too many to be one.
        var parties = named.Where(n => corpus.Lexicon.Parties.Find(n) is not null).ToList();
        var byDescription = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        while (true)
        {
            var rest = described.Select(d => (Doc: d, Words: hits[d.Document.File]
                    .Where(h => !used.Contains(h.Word) && !(AttachedToName(h.Word, words, consumed) && IsKindOnly(d, words[h.Word], lexicon))).ToList()))
                .Where(x => x.Words.Any(h => h.Strong)).ToList();
            if (rest.Count == 0) break;
            var best = rest.Max(x => Count(x.Words));
            var top = rest.Where(x => Count(x.Words) == best).ToList();
            var specific = top.Count <= 2 && (best >= 2 || top.All(x => x.Words.Where(h => h.Strong).All(h => rest.Count(r => r.Words.Any(o => o.Word == h.Word)) <= 2)));
            if (!specific) break;
            foreach (var (doc, docHits) in top)
            {
                used.UnionWith(docHits.Select(h => h.Word));
                // A report described beside a party it writes about is where to look for that party, unless the party's
                // own documents are described too ("their own page vs that blog"): then the report is a side of its own.
                var about = corpus.Reporters.TryGetValue(doc.Document.Publisher, out var subjects)
                    ? parties.Where(p => subjects.Contains(p) && !filesBySide.ContainsKey(p)).ToList() : [];
                foreach (var side in about.Count > 0 ? about : [doc.Document.Publisher])
                {
                    if (!byDescription.TryGetValue(side, out var files)) byDescription[side] = files = new HashSet<string>(StringComparer.Ordinal);
                    files.Add(doc.Document.File);
                    if (!named.Contains(side) && !added.Contains(side)) added.Add(side);
                }
            }
        }

        foreach (var (side, files) in byDescription) filesBySide[side] = files;

        // A party's own document asked for ("de website van de PVV zelf") where the corpus holds none of its own: no
        // side can answer in its words, and reports about it are not its site.
        var ownAsked = free.Any(i => !used.Contains(i) && lexicon.Kind(words[i]) is not null);
        foreach (var party in parties.Where(p => ownAsked && !filesBySide.ContainsKey(p) && !byDescription.ContainsKey(p)
                     && !described.Any(d => d.Document.Publisher == p || d.Speakers.Contains(p))))
        {
            filesBySide[party] = new HashSet<string>(StringComparer.Ordinal);
        }

        // Kind words ("page", "artikel", "analysis") describe a document, whether or not they picked one out.
        if (used.Count > 0 || named.Count > 0) used.UnionWith(free.Where(i => lexicon.Kind(words[i]) is not null));
        foreach (var i in used) consumed[i] = true;
        return new Resolved(filesBySide, added, [.. used]);
    }

    /// <summary>
    /// A kind word that belongs to a name beside it ("migreat's analysis", "the JA21 programme", "het programma van de
    /// PVV") describes that name's document, not another document of that kind.
    /// </summary>
    private static bool AttachedToName(int i, IReadOnlyList<string> words, bool[] consumed)
    {
        if (i > 0 && consumed[i - 1]) return true;
        var next = i + 1;
        if (next < words.Count && words[next] is "van" or "of" or "from") next++;
        if (next < words.Count && words[next] is "de" or "het" or "the") next++;
        return next > i + 1 && next < words.Count && consumed[next];
    }

    private static bool IsKindOnly(Described d, string word, Lexicon.DocumentWords lexicon) =>
        lexicon.Kind(word) is not null && !d.TitleWords.Contains(word) && !d.HostWords.Contains(word);

    private static int Count(List<(int Word, bool Strong)> hits) => hits.Select(h => h.Word).Distinct().Count();

    private static IReadOnlyList<Described> Describe(CorpusSnapshot corpus)
    {
        var lexicon = corpus.Lexicon;
        var list = new List<Described>(corpus.Documents.Count);
        foreach (var document in corpus.Documents)
        {
            var info = document.Info;
            var kinds = Words.Split(info.Kind + " " + info.Title).SelectMany(w => w.Split('-')).Select(lexicon.DocumentWords.Kind).OfType<int>().ToHashSet();
            // A title word is a description only where the corpus hardly uses it: "Buma", "informateur", "info pack";
            // "asiel" or "migratie" in a title are the topic, not the document.
            var title = Words.Split(info.Title).Where(w => w.Length >= 2 && !lexicon.IsFunctionWord(w) && lexicon.DocumentWords.Kind(w) is null
                && !char.IsDigit(w[0]) && Rare(w, info.Language, corpus)).ToHashSet(StringComparer.Ordinal);
            var host = Host(info.Url);
            var year = info.Date is { Length: >= 4 } date ? date[..4] : null;
            list.Add(new Described(document, corpus.Parties.GetValueOrDefault(document.File)?.SpeaksFor ?? [], kinds, title, host, year));
        }

        return list;
    }

    private static bool Rare(string word, Language language, CorpusSnapshot corpus)
    {
        var terms = corpus.Index.Analysis.TermsByWord(language, word);
        return terms.Count > 0 && terms.All(t => corpus.Index.DocumentFrequency(TextAnalysis.Field(language) + ":" + t.Stem) <= 3);
    }

    private static IReadOnlySet<string> Host(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return new HashSet<string>();
        var host = uri.Host.StartsWith("www.", StringComparison.Ordinal) ? uri.Host[4..] : uri.Host;
        var parts = host.Split('.');
        var name = string.Join('.', parts.Take(parts.Length - 1));
        return new HashSet<string>(StringComparer.Ordinal) { host, name, name.Replace("-", "", StringComparison.Ordinal) };
    }
}

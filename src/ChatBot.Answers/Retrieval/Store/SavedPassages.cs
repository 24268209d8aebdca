using ChatBot.Answers.Corpus;
using ChatBot.Answers.Corpus.Segmentation;

namespace ChatBot.Answers.Retrieval.Store;

/// <summary>
/// Everything a snapshot derives from its documents besides Lucene's own files: the passages (offsets into the
/// documents' text, sections, sentences, speakers and subjects), their term ids, the term dictionary and the
/// vocabularies. Saved beside the index so that a start with unchanged documents segments and analyses nothing.
/// </summary>
internal sealed record SavedPassages(IReadOnlyList<IndexedPassage> Passages, TermDictionary Terms, IReadOnlyList<string> DutchWords, IReadOnlyList<string> Vocabulary)
{
    private const int Magic = 0x58494243; // "CBIX"
    private const int Format = 2;

    public void Write(Stream stream, IReadOnlyList<SourceDocument> documents)
    {
        using var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(Format);
        var fileIndex = documents.Select((d, i) => (d.File, i)).ToDictionary(x => x.File, x => x.i, StringComparer.Ordinal);
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        var table = new List<string>();
        void Str(string value)
        {
            if (strings.TryAdd(value, table.Count)) table.Add(value);
        }

        foreach (var p in Passages.Select(i => i.Passage))
        {
            Str(p.Section);
            foreach (var name in p.Speakers.Concat(p.SentenceSubjects.SelectMany(s => s))) Str(name);
        }

        Strings(w, table);
        Strings(w, DutchWords);
        Strings(w, Vocabulary);
        Strings(w, Terms.Terms);
        w.Write(Passages.Count);
        foreach (var indexed in Passages)
        {
            var p = indexed.Passage;
            w.Write(fileIndex[p.Document.File]);
            w.Write(strings[p.Section]);
            w.Write(p.Start);
            w.Write(p.End);
            w.Write(p.CutOff);
            Spans(w, p.Pieces);
            w.Write(p.Sentences.Count);
            foreach (var sentence in p.Sentences)
            {
                w.Write(sentence.Start);
                w.Write(sentence.End);
                Spans(w, sentence.Pieces);
            }

            Ids(w, p.Speakers.Select(n => strings[n]));
            w.Write(p.SentenceSubjects.Count);
            foreach (var subjects in p.SentenceSubjects) Ids(w, subjects.Select(n => strings[n]));
            foreach (var terms in indexed.SentenceTerms) Ids(w, ((TermSet)terms).Ids);
            Ids(w, ((TermSet)indexed.ContextTerms).Ids);
            Ids(w, ((TermSet)indexed.Terms).Ids);
        }

        w.Write(Magic);
    }

    public static SavedPassages Read(Stream stream, IReadOnlyList<SourceDocument> documents)
    {
        using var r = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (r.ReadInt32() != Magic || r.ReadInt32() != Format) throw new InvalidDataException("not a saved passage file of this format");
        var table = Strings(r);
        var dutch = Strings(r);
        var vocabulary = Strings(r);
        var terms = new TermDictionary();
        foreach (var term in Strings(r)) terms.Add(term);
        var count = r.ReadInt32();
        var passages = new List<IndexedPassage>(count);
        for (var id = 0; id < count; id++)
        {
            var document = documents[r.ReadInt32()];
            var section = table[r.ReadInt32()];
            var (start, end, cutOff) = (r.ReadInt32(), r.ReadInt32(), r.ReadBoolean());
            var pieces = Spans(r);
            var sentences = new Sentence[r.ReadInt32()];
            for (var i = 0; i < sentences.Length; i++) sentences[i] = new Sentence(r.ReadInt32(), r.ReadInt32(), Spans(r));
            var speakers = Names(r, table);
            var subjects = new IReadOnlyList<string>[r.ReadInt32()];
            for (var i = 0; i < subjects.Length; i++) subjects[i] = Names(r, table);
            var sentenceTerms = new IReadOnlySet<string>[sentences.Length];
            for (var i = 0; i < sentences.Length; i++) sentenceTerms[i] = new TermSet(terms, Ids(r));
            var context = new TermSet(terms, Ids(r));
            var all = new TermSet(terms, Ids(r));
            if (end > document.Text.Length) throw new InvalidDataException($"passage {id} ends past {document.File}");
            var passage = new Passage(id, document, section, start, end, pieces, sentences) { Speakers = speakers, SentenceSubjects = subjects, CutOff = cutOff };
            passages.Add(new IndexedPassage(passage, all, sentenceTerms) { ContextTerms = context });
        }

        if (r.ReadInt32() != Magic) throw new InvalidDataException("the saved passage file does not end where it should");
        return new SavedPassages(passages, terms, dutch, vocabulary);
    }

    private static void Strings(BinaryWriter w, IReadOnlyList<string> values)
    {
        w.Write(values.Count);
        foreach (var value in values) w.Write(value);
    }

    private static List<string> Strings(BinaryReader r)
    {
        var values = new List<string>(r.ReadInt32());
        for (var i = values.Capacity; i > 0; i--) values.Add(r.ReadString());
        return values;
    }

    private static void Spans(BinaryWriter w, IReadOnlyList<TextSpan> spans)
    {
        w.Write(spans.Count);
        foreach (var span in spans)
        {
            w.Write(span.Start);
            w.Write(span.End);
        }
    }

    private static TextSpan[] Spans(BinaryReader r)
    {
        var spans = new TextSpan[r.ReadInt32()];
        for (var i = 0; i < spans.Length; i++) spans[i] = new TextSpan(r.ReadInt32(), r.ReadInt32());
        return spans;
    }

    private static void Ids(BinaryWriter w, IEnumerable<int> ids)
    {
        var list = ids as IReadOnlyCollection<int> ?? [.. ids];
        w.Write(list.Count);
        foreach (var id in list) w.Write(id);
    }

    private static void Ids(BinaryWriter w, ReadOnlySpan<int> ids)
    {
        w.Write(ids.Length);
        foreach (var id in ids) w.Write(id);
    }

    private static string[] Names(BinaryReader r, List<string> table)
    {
        var names = new string[r.ReadInt32()];
        for (var i = 0; i < names.Length; i++) names[i] = table[r.ReadInt32()];
        return names;
    }

    private static int[] Ids(BinaryReader r)
    {
        var ids = new int[r.ReadInt32()];
        for (var i = 0; i < ids.Length; i++) ids[i] = r.ReadInt32();
        return ids;
    }
}

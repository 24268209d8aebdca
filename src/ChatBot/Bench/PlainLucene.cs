using ChatBot.Answers.Corpus.Segmentation;
using ChatBot.Answers.Model;
using ChatBot.Answers.Retrieval;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace ChatBot.Host.Bench;

/// <summary>
/// The yardstick for the index build: the same passage texts in a plain Lucene.Net index (stock Dutch and English
/// analyzers, one field each, in memory), nothing else.
/// </summary>
internal static class PlainLucene
{
    public static double BuildMs(IReadOnlyList<Passage> passages)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        using var dutch = new DutchAnalyzer(TextAnalysis.Version);
        using var english = new EnglishAnalyzer(TextAnalysis.Version);
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(TextAnalysis.Version, dutch) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 64 }))
        {
            foreach (var passage in passages)
            {
                var language = passage.Document.Info.Language;
                writer.AddDocument(new Document { new TextField(TextAnalysis.Field(language), passage.Text, Field.Store.NO) }, language == Language.Nl ? dutch : english);
            }

            writer.ForceMerge(1);
            writer.Commit();
        }

        using var reader = DirectoryReader.Open(directory);
        return System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}

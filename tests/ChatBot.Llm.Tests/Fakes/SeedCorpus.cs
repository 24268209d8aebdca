using System.Text.Json;
using System.Text.RegularExpressions;
using ChatBot.Llm.Retrieval;

namespace ChatBot.Llm.Tests.Fakes;

/// <summary>
/// The repository's real seed documents, cut naively into passages (blocks between blank lines) and sentences, with
/// absolute offsets, plus a word-overlap retriever over them. Stands in for the real index in realism tests.
/// </summary>
public sealed partial class SeedCorpus : IPassageRetriever
{
    private SeedCorpus(IReadOnlyDictionary<string, string> documents, IReadOnlyList<RetrievedPassage> passages)
    {
        Documents = documents;
        Passages = passages;
    }

    public IReadOnlyDictionary<string, string> Documents { get; }
    public IReadOnlyList<RetrievedPassage> Passages { get; }

    public static SeedCorpus Load()
    {
        var folder = FindSeeds();
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")));
        var documents = new Dictionary<string, string>();
        var passages = new List<RetrievedPassage>();
        foreach (var entry in manifest.RootElement.GetProperty("documents").EnumerateArray())
        {
            var file = entry.GetProperty("file").GetString()!;
            var text = File.ReadAllText(Path.Combine(folder, file));
            documents[file] = text;
            foreach (Match block in Block().Matches(text))
            {
                var sentences = Sentence().Matches(block.Value)
                    .Where(s => s.Value.Trim().Length >= 20)
                    .Select(s => (block.Index + s.Index + (s.Value.Length - s.Value.TrimStart().Length), block.Index + s.Index + s.Value.TrimEnd().Length))
                    .ToList();
                if (sentences.Count > 0)
                {
                    passages.Add(new RetrievedPassage($"{file}#{block.Index}", file, entry.GetProperty("publisher").GetString()!,
                        entry.GetProperty("title").GetString()!, entry.GetProperty("date").GetString(), "", block.Index,
                        block.Index + block.Length, block.Value, sentences));
                }
            }
        }

        return new SeedCorpus(documents, passages);
    }

    public Task<IReadOnlyList<RetrievedPassage>> RetrieveAsync(string query, int count, CancellationToken cancellationToken)
    {
        var words = Word().Matches(query.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length >= 4).ToHashSet();
        IReadOnlyList<RetrievedPassage> ranked = [.. Passages
            .Select(p => (Passage: p, Score: words.Count(w => p.Text.Contains(w, StringComparison.OrdinalIgnoreCase))))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .Take(count)
            .Select(x => x.Passage)];
        return Task.FromResult(ranked);
    }

    private static string FindSeeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "seeds", "manifest.json")))
            {
                return Path.Combine(dir.FullName, "seeds");
            }
        }

        throw new DirectoryNotFoundException("seeds/manifest.json not found above the test output folder.");
    }

    // Blocks of non-blank lines.
    [GeneratedRegex(@"(?:[^\n]*\S[^\n]*\n?)+")]
    private static partial Regex Block();

    [GeneratedRegex(@"[^.!?]+[.!?]*")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}

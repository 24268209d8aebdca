using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChatBot.Answers.Corpus;
using ChatBot.Answers.Model;

namespace ChatBot.Host.Bench;

/// <summary>
/// Writes a corpus folder the real loader accepts: the seeds (so the benchmark questions still find answers), their
/// lexicon, and N generated documents in web style (a paragraph per line, bullets) and pdf style (hard-wrapped
/// lines, numbered items, page numbers) from 40 made-up publishers. Deterministic: a fixed seed.
/// </summary>
internal static class SyntheticCorpusWriter
{
    private static readonly string[] Names =
    [
        "Alfa", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta", "Jota", "Kappa",
        "Lambda", "Omikron", "Sigma", "Tau", "Ypsilon", "Omega", "Noorderlicht", "Zuiderzon", "Westwind", "Oostgrens",
    ];

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <returns>The number of words written across the generated documents.</returns>
    public static async Task<long> WriteAsync(string folder, string seedFolder, IReadOnlyList<SourceDocument> seeds, int documents, int totalWords, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        CopyFolder(Path.Combine(seedFolder, "lexicon"), Path.Combine(folder, "lexicon"));
        var entries = new List<ManifestEntry>();
        foreach (var seed in seeds)
        {
            File.Copy(Path.Combine(seedFolder, seed.File), Path.Combine(folder, seed.File));
            entries.Add(Entry(seed.Info, seed.PartyAliases, seed.Format));
        }

        var random = new Random(20261123);
        var dutch = SyntheticVocabulary.Build(seeds, Language.Nl, 40_000, random);
        var english = SyntheticVocabulary.Build(seeds, Language.En, 20_000, random);
        var perDocument = Math.Max(50, totalWords / Math.Max(documents, 1));
        long written = 0;
        for (var i = 0; i < documents; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = Names[i % Names.Length];
            var publisher = i % 40 < 20 ? "Partij " + name : "Stichting " + name;
            var language = random.Next(10) < 7 ? Language.Nl : Language.En;
            var format = random.Next(2) == 0 ? TextFormat.Web : TextFormat.Pdf;
            var words = (int)(perDocument * (0.5 + random.NextDouble()));
            var text = SyntheticText.Write(language == Language.Nl ? dutch : english, format, words, random);
            written += words;
            var file = $"syn_{i:D5}.txt";
            await File.WriteAllTextAsync(Path.Combine(folder, file), text, cancellationToken).ConfigureAwait(false);
            var date = new DateOnly(2015 + random.Next(11), 1 + random.Next(12), 1 + random.Next(28)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var info = new SourceDocumentInfo(file, publisher, $"{publisher} — {(language == Language.Nl ? "document" : "paper")} {i}", language,
                date, false, "synthetic " + (format == TextFormat.Web ? "web page" : "pdf"), $"https://example.org/{i}", "");
            entries.Add(Entry(info, [publisher.ToLowerInvariant()], format));
        }

        await using var manifest = File.Create(Path.Combine(folder, "manifest.json"));
        await JsonSerializer.SerializeAsync(manifest, new { documents = entries }, Json, cancellationToken).ConfigureAwait(false);
        return written;
    }

    private static ManifestEntry Entry(SourceDocumentInfo info, IReadOnlyList<string> aliases, TextFormat format) => new()
    {
        File = info.File, Publisher = info.Publisher, PartyAliases = aliases, Title = info.Title, Language = info.Language.Code(),
        Date = info.Date, DateInferred = info.DateInferred, Kind = info.Kind, Url = info.Url, Format = format == TextFormat.Pdf ? "pdf" : "web",
    };

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}

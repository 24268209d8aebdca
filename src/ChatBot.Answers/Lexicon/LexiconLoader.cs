using System.Text.RegularExpressions;
using ChatBot.Answers.Corpus;
using ChatBot.Answers.Model;

namespace ChatBot.Answers.Lexicon;

/// <summary>Reads seeds/lexicon. Every file is optional; a malformed line names the file and line.</summary>
public static class LexiconLoader
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);

    public static async Task<Lexicon> LoadAsync(string folder, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            return Lexicon.Empty;
        }

        var terms = await TermsAsync(folder, "terms.tsv", cancellationToken).ConfigureAwait(false);
        var realWords = (await ReadLinesAsync(folder, "words.txt", cancellationToken).ConfigureAwait(false))
            .Select(l => l.Line.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

        var navigation = await PatternsAsync(folder, "navigation.txt", anchored: true, cancellationToken).ConfigureAwait(false);
        var refusal = await PatternsAsync(folder, "refusal.txt", anchored: false, cancellationToken).ConfigureAwait(false);
        var offTopic = await PatternsAsync(folder, "offtopic.txt", anchored: false, cancellationToken).ConfigureAwait(false);

        var parties = new List<RegisteredParty>();
        foreach (var (line, number, path) in await ReadLinesAsync(folder, "parties.tsv", cancellationToken).ConfigureAwait(false))
        {
            var cols = line.Split('\t', StringSplitOptions.TrimEntries);
            if (cols[0].Length == 0 || cols.Length > 2 && cols[2].Length > 0 && cols[2] != "cased")
            {
                throw new CorpusLoadException($"{path}:{number}: expected '<name><TAB><other names, | between them><TAB><cased or nothing>'.");
            }

            parties.Add(new RegisteredParty(cols[0], cols.Length > 1 ? Variants(cols[1]) : [], cols.Length > 2 && cols[2] == "cased"));
        }

        var function = new Dictionary<Language, IReadOnlySet<string>>
        {
            [Language.Nl] = new HashSet<string>(StringComparer.Ordinal),
            [Language.En] = new HashSet<string>(StringComparer.Ordinal),
        };
        foreach (var (line, number, path) in await ReadLinesAsync(folder, "function-words.tsv", cancellationToken).ConfigureAwait(false))
        {
            var cols = line.Split('\t', 2, StringSplitOptions.TrimEntries);
            var language = cols.Length == 2 ? LanguageCodes.Parse(cols[0]) : null;
            if (language is null)
            {
                throw new CorpusLoadException($"{path}:{number}: expected '<nl|en><TAB><words separated by spaces>'.");
            }

            ((HashSet<string>)function[language.Value]).UnionWith(cols[1].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        var documentWords = new List<(string Role, IReadOnlyList<string> Words)>();
        foreach (var (line, number, path) in await ReadLinesAsync(folder, "documents.tsv", cancellationToken).ConfigureAwait(false))
        {
            var cols = line.Split('\t', 2, StringSplitOptions.TrimEntries);
            if (cols.Length != 2 || !DocumentWords.Roles.Contains(cols[0]))
            {
                throw new CorpusLoadException($"{path}:{number}: expected '<{string.Join('|', DocumentWords.Roles)}><TAB><words separated by spaces>'.");
            }

            documentWords.Add((cols[0], cols[1].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        }

        return new Lexicon(terms, navigation, refusal, offTopic, new PartyRegister(parties), function)
        {
            RealWords = realWords,
            DocumentWords = new DocumentWords(documentWords),
            Fingerprint = await FingerprintAsync(folder, cancellationToken).ConfigureAwait(false),
        };
    }

    private static async Task<string> FingerprintAsync(string folder, CancellationToken cancellationToken)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\0"));
            hash.AppendData(await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static async Task<List<TermEntry>> TermsAsync(string folder, string file, CancellationToken cancellationToken)
    {
        var terms = new List<TermEntry>();
        foreach (var (line, number, path) in await ReadLinesAsync(folder, file, cancellationToken).ConfigureAwait(false))
        {
            var cols = line.Split('\t', StringSplitOptions.TrimEntries);
            if (cols.Length < 2 || cols[0].Length == 0 || cols[1].Length == 0)
            {
                throw new CorpusLoadException($"{path}:{number}: expected '<dutch|variants><TAB><english|variants>'.");
            }

            terms.Add(new TermEntry(Variants(cols[0]), Variants(cols[1])));
        }

        return terms;
    }

    private static List<string> Variants(string column) =>
        [.. column.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(v => v.ToLowerInvariant())];

    private static async Task<IReadOnlyList<Regex>> PatternsAsync(string folder, string file, bool anchored, CancellationToken cancellationToken)
    {
        var patterns = new List<Regex>();
        foreach (var (line, number, path) in await ReadLinesAsync(folder, file, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                patterns.Add(new Regex(anchored ? $"^(?:{line})$" : line,
                    RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeout));
            }
            catch (ArgumentException e)
            {
                throw new CorpusLoadException($"{path}:{number}: not a valid regular expression: {e.Message}");
            }
        }

        return patterns;
    }

    private static async Task<IReadOnlyList<(string Line, int Number, string Path)>> ReadLinesAsync(string folder, string file, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            return [];
        }

        var lines = await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false);
        return [.. lines.Select((l, i) => (Line: l.Trim(), Number: i + 1, Path: path))
            .Where(x => x.Line.Length > 0 && !x.Line.StartsWith('#'))];
    }
}

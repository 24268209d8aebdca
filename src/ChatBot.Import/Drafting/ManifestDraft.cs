using ChatBot.Answers.Lexicon;
using ChatBot.Answers.Model;
using ChatBot.Import.Extraction;

namespace ChatBot.Import.Drafting;

/// <summary>A manifest entry drafted from a document, and one line per value saying where it came from.</summary>
public sealed record ManifestDraft(DraftedEntry Entry, IReadOnlyList<string> Notes);

/// <summary>The fields an imported document's manifest entry gets, in the manifest's own names and order.</summary>
public sealed record DraftedEntry(string File, string Publisher, IReadOnlyList<string> PartyAliases, string Title, IReadOnlyList<string> SpeaksFor,
    Language Language, string? Date, bool DateInferred, string Kind, string? Url, string Format, string ImportedFrom);

/// <summary>Fills an entry from the options first, then from what the document says, then from the URL; says which.</summary>
internal static class EntryDrafter
{
    public static ManifestDraft Draft(ExtractedDocument document, ImportOptions options, string sourceName, Language language, PartyRegister register)
    {
        var notes = new List<string>();
        var facts = document.Facts;

        var title = options.Title is not null ? Given(options.Title, "--title", "title", notes)
            : facts.Title is { } t ? Guessed(t, "title", notes)
            : Fallback(Path.GetFileNameWithoutExtension(sourceName), "title", "the file name", notes) ?? sourceName;

        string? date;
        bool inferred;
        if (options.Date is not null) (date, inferred) = (Given(options.Date, "--date", "date", notes), false);
        else if (facts.Date is { } d) (date, inferred) = (Guessed(d, "date", notes), d.Inferred);
        else (date, inferred) = (Fallback(null, "date", "none found; give --date", notes), false);

        var url = options.Url is not null ? Given(options.Url, "--url", "url", notes)
            : facts.Url is { } u ? Guessed(u, "url", notes)
            : Fallback(null, "url", "none found; give --url", notes);

        var publisher = options.Publisher is not null ? Given(options.Publisher, "--publisher", "publisher", notes)
            : facts.SiteName is { } s ? Guessed(s, "publisher", notes)
            : Host(url) is { } host ? Fallback(host, "publisher", "the URL's host", notes)!
            : throw new ImportException($"{sourceName}: who published it is not known (no og:site_name, no URL). Give --publisher (a party, a news site, an NGO).");

        // A party's own document: its name as the register writes it, and every name people use for it.
        var party = register.Find(publisher);
        IReadOnlyList<string> aliases = [];
        if (party is not null)
        {
            publisher = party.Name;
            aliases = [.. party.Aliases.Prepend(party.Name.ToLowerInvariant()).Distinct(StringComparer.Ordinal)];
            notes.Add($"party_aliases: {string.Join(", ", aliases)} (from the party register: {party.Name} is a party)");
        }
        else
        {
            notes.Add(options.SpeaksFor.Count > 0 ? "party_aliases: none (the publisher is not in the party register)"
                : "party_aliases: none (the publisher is not in the party register; a news site or NGO speaks for no party)");
        }

        if (options.SpeaksFor.Count > 0) notes.Add($"speaks_for: {string.Join(", ", options.SpeaksFor)} (--speaks-for)");
        notes.Add($"language: {language.Code()} (detected from the text)");
        notes.Add($"kind: {facts.Kind} (from the file type)");
        var format = document.Format == Answers.Corpus.TextFormat.Pdf ? "pdf" : "web";
        notes.Add(format == "pdf" ? "format: pdf (lines stay hard-wrapped)" : "format: web (a paragraph per line)");
        var entry = new DraftedEntry("", publisher, aliases, title, options.SpeaksFor, language, date, inferred, facts.Kind, url, format, sourceName);
        return new ManifestDraft(entry, notes);
    }

    private static string Given(string value, string option, string field, List<string> notes)
    {
        notes.Add($"{field}: {value} ({option})");
        return value;
    }

    private static string Guessed(Fact fact, string field, List<string> notes)
    {
        notes.Add($"{field}: {fact.Value} (from {fact.From}{(fact.Inferred ? "; date_inferred: true" : "")})");
        return fact.Value;
    }

    private static string? Fallback(string? value, string field, string from, List<string> notes)
    {
        notes.Add($"{field}: {value ?? "null"} ({from})");
        return value;
    }

    private static string? Host(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? uri.Host.StartsWith("www.", StringComparison.Ordinal) ? uri.Host[4..] : uri.Host : null;
}

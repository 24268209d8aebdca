using ChatBot.Answers.Corpus;
using ChatBot.Answers.Model;

namespace ChatBot.Answers.Tests.Support;

/// <summary>
/// The test's own verbatim check of a citation, independent of QuoteBuilder.Verify: offsets in range, each
/// " … "-separated fragment (whitespace folded) in order inside the folded text between Start and End, the first
/// at its start and the last at its end, and the document's metadata.
/// </summary>
internal static class CitationCheck
{
    public static IReadOnlyList<string> Problems(Citation c, SourceDocument document)
    {
        var problems = new List<string>();
        var where = $"{c.File} [{c.Start},{c.End})";
        if (c.File != document.File) problems.Add($"{where}: file is not {document.File}");
        if (c.Publisher != document.Info.Publisher || string.IsNullOrWhiteSpace(c.Publisher)) problems.Add($"{where}: publisher '{c.Publisher}'");
        if (c.Title != document.Info.Title || string.IsNullOrWhiteSpace(c.Title)) problems.Add($"{where}: title '{c.Title}'");
        if (string.IsNullOrWhiteSpace(c.Section)) problems.Add($"{where}: no section");
        if (c.Start < 0 || c.End > document.Text.Length || c.Start >= c.End)
        {
            problems.Add($"{where}: offsets outside the document (length {document.Text.Length})");
            return problems;
        }

        var span = Folding.Fold(document.Text[c.Start..c.End]);
        var fragments = c.Quote.Split(" … ", StringSplitOptions.None).Select(Folding.Fold).ToList();
        if (fragments.Any(f => f.Length == 0))
        {
            problems.Add($"{where}: empty fragment in '{c.Quote}'");
            return problems;
        }

        if (!span.StartsWith(fragments[0], StringComparison.Ordinal)) problems.Add($"{where}: span does not start with '{fragments[0]}'");
        if (!span.EndsWith(fragments[^1], StringComparison.Ordinal)) problems.Add($"{where}: span does not end with '{fragments[^1]}'");
        var from = 0;
        foreach (var fragment in fragments)
        {
            var at = span.IndexOf(fragment, from, StringComparison.Ordinal);
            if (at < 0)
            {
                problems.Add($"{where}: fragment '{fragment}' is not in the cited span (in order)");
                break;
            }

            from = at + fragment.Length;
        }

        return problems;
    }
}

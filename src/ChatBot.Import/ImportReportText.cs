using System.Globalization;
using System.Text;

namespace ChatBot.Import;

/// <summary>What `import` prints: per document where it went, what the engine reads in it, and one line per drafted value.</summary>
public static class ImportReportText
{
    public static string Render(ImportReport report, string relativeTo)
    {
        var sb = new StringBuilder();
        foreach (var d in report.Documents)
        {
            sb.Append(CultureInfo.InvariantCulture, $"Imported {d.Source} ({d.Description}) → {Shown(d.Path, relativeTo)}: {d.Characters:N0} characters, {d.Passages} passage{(d.Passages == 1 ? "" : "s")}, read in {d.ReadTime.TotalSeconds:0.0} s")
                .Append('\n');
            foreach (var note in d.Notes) sb.Append("  ").Append(note).Append('\n');
            sb.Append("  speaks for: ").Append(d.Parties.SpeaksFor.Count == 0 ? "no party" : string.Join(", ", d.Parties.SpeaksFor))
                .Append("; about: ").Append(d.Parties.About.Count == 0 ? "no other party" : string.Join(", ", d.Parties.About)).Append('\n');
        }

        var manifest = Shown(report.ManifestPath, relativeTo);
        sb.Append(CultureInfo.InvariantCulture, $"Checked with the corpus loader and the whole corpus indexed, then written, in {report.CheckTime.TotalSeconds:0.0} s.\n");
        sb.Append(CultureInfo.InvariantCulture, $"Correct any guess above in {manifest}. ");
        sb.Append(report.FolderIsLoaded
            ? "A running bot picks the change up by itself (Corpus:WatchForChanges)."
            : $"This folder is not loaded yet: add it to Corpus:ExtraFolders (env Corpus__ExtraFolders__0={Path.GetDirectoryName(manifest)}).");
        return sb.Append('\n').ToString();
    }

    /// <summary>Relative to the working directory when inside it, else the full path.</summary>
    private static string Shown(string path, string relativeTo)
    {
        var relative = Path.GetRelativePath(relativeTo, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}

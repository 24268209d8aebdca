using System.CommandLine;
using ChatBot.Answers.Corpus;
using ChatBot.Import;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Cli;

/// <summary>`import`: PDF, saved web pages and text into a corpus folder, with a drafted manifest entry per file.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("file") { Description = "PDF (.pdf), saved web page (.html) or text (.txt, .md) files.", Arity = ArgumentArity.OneOrMore };
        var folder = new Option<DirectoryInfo?>("--folder") { Description = "Corpus folder to import into (default: Corpus:Folder, the seeds)." };
        var publisher = new Option<string?>("--publisher") { Description = "Who published it (a party, news site, NGO); default: og:site_name or the URL's host." };
        var url = new Option<string?>("--url") { Description = "The original's web address; default: the page's canonical link." };
        var title = new Option<string?>("--title") { Description = "The title; default: the PDF's metadata, og:title, the first heading or <title>." };
        var date = new Option<string?>("--date") { Description = "Publication date (yyyy-mm-dd, yyyy-mm or yyyy); default: a date in the document." };
        var speaksFor = new Option<string[]>("--speaks-for") { Description = "Parties a joint text speaks for (names from the party register).", AllowMultipleArgumentsPerToken = true };
        var command = new Command("import", "Import PDF, web-page and text files into a corpus folder and add their manifest entries (validated as the bot loads them).")
        {
            files, folder, publisher, url, title, date, speaksFor,
        };
        command.SetAction((parse, ct) => RunAsync(
            [.. parse.GetValue(files)!.Select(f => f.FullName)], parse.GetValue(folder)?.FullName,
            new ImportOptions
            {
                Publisher = parse.GetValue(publisher), Url = parse.GetValue(url), Title = parse.GetValue(title), Date = parse.GetValue(date),
                SpeaksFor = parse.GetValue(speaksFor) ?? [],
            },
            ct));
        return command;
    }

    private static async Task<int> RunAsync(IReadOnlyList<string> files, string? folder, ImportOptions options, CancellationToken cancellationToken)
    {
        // The corpus settings as the bot reads them (a bad setting is one line and exit code 2, as in every verb).
        using var host = BotHost.CreateBuilder([], quiet: true).Build();
        host.Services.GetService<IStartupValidator>()?.Validate();
        var corpus = host.Services.GetRequiredService<CorpusProvider>();
        var corpusOptions = host.Services.GetRequiredService<IOptions<CorpusOptions>>().Value;
        var target = new ImportTarget(folder ?? corpus.Folder, corpusOptions.Manifest, corpus.Folders, Path.Combine(corpus.Folder, corpusOptions.Lexicon));
        try
        {
            var report = await DocumentImporter.ImportAsync(files, options, target, cancellationToken).ConfigureAwait(false);
            await Console.Out.WriteAsync(ImportReportText.Render(report, Environment.CurrentDirectory)).ConfigureAwait(false);
            return 0;
        }
        catch (ImportException e)
        {
            await Console.Error.WriteLineAsync("import: " + e.Message).ConfigureAwait(false);
            return 1;
        }
    }
}

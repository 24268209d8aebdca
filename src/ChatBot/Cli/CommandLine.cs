using Microsoft.Extensions.Hosting;
using System.CommandLine;
using ChatBot.Answers.Model;

namespace ChatBot.Host.Cli;

/// <summary>The verbs. Each builds only the host it needs; `ask` never starts a chat platform.</summary>
internal static class CommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("ChatBot: answers about political positions on asylum and migration, with verbatim, cited quotes. Without a verb it starts the bot (Telegram/Discord when configured, else a console chat).");
        root.Subcommands.Add(AskCommand());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(AuditCommand.Create());
        root.SetAction(async (_, ct) =>
        {
            using var host = BotHost.CreateBot([]);
            try
            {
                await host.RunAsync(ct).ConfigureAwait(false);
                return Environment.ExitCode;
            }
            catch (Exception e) when (e is Answers.Corpus.CorpusLoadException or Microsoft.Extensions.Options.OptionsValidationException)
            {
                await Console.Error.WriteLineAsync("ChatBot could not start: " + e.Message).ConfigureAwait(false);
                return 2;
            }
        });
        return root;
    }

    private static Command AskCommand()
    {
        var question = new Argument<string?>("question") { Description = "The question, in Dutch or English.", Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<bool>("--json") { Description = "Print the answer model as JSON (one line per question with --batch)." };
        var batch = new Option<FileInfo?>("--batch") { Description = "Read JSON Lines {\"id\",\"question\"} from FILE ('-' for stdin) and answer each." };
        var kind = new Option<QuestionKind?>("--kind") { Description = "Force the kind: Position, Compare, Check or Sources (as /compare, /check …)." };
        var command = new Command("ask", "Answer a question from the sources and print the reply.") { question, json, batch, kind };
        command.SetAction((parse, ct) => AskRunner.RunAsync(parse.GetValue(question), parse.GetValue(json), parse.GetValue(batch), parse.GetValue(kind), ct));
        return command;
    }
}

using System.CommandLine;
using Microsoft.Extensions.Hosting;
using ChatBot.Answers.Model;

namespace ChatBot.Host.Cli;

/// <summary>The verbs. Each builds only the host it needs; `ask` never starts a chat platform.</summary>
internal static class CommandLine
{
    /// <summary>Parses and runs; a configuration problem in any verb or in host mode is one line on stderr and exit code 2.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        // No response files: a question may start with '@' ("@everyone wat vindt BIJ1 van detentie?").
        var parse = Build().Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Action is System.CommandLine.Invocation.ParseErrorAction errors)
        {
            // The error says what to type; a page of help after it would push it out of sight.
            errors.ShowHelp = false;
            errors.ShowTypoCorrections = false;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
        }
        catch (Exception e) when (StartFailure.Describe(e) is { } reason)
        {
            await Console.Error.WriteLineAsync("ChatBot could not start: " + reason).ConfigureAwait(false);
            return StartFailure.ExitCode;
        }
    }

    public static RootCommand Build()
    {
        var root = new RootCommand("ChatBot: answers about political positions on asylum and migration, with verbatim, cited quotes. Without a verb it starts the bot (Telegram/Discord when configured, else a console chat).");
        root.Subcommands.Add(AskCommand());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(AuditCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.SetAction(async (_, ct) =>
        {
            InterruptSignal.StopOnInterrupt();
            using var host = BotHost.CreateBot([]);
            // Settings and corpus are checked before the host starts, so a problem is one line (RunAsync) rather than
            // the host's "Hosting failed to start" stack trace.
            BotHost.CheckBeforeStart(host);
            await host.RunAsync(ct).ConfigureAwait(false);
            // An adapter whose token the platform rejected sets a non-zero exit code before it stops the host.
            return Environment.ExitCode;
        });
        return root;
    }

    private static Command AskCommand()
    {
        var question = new Argument<string?>("question") { Description = "The question, in Dutch or English.", Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<bool>("--json") { Description = "Print the answer model as JSON (one line per question with --batch)." };
        var batch = new Option<FileInfo?>("--batch") { Description = "Read JSON Lines {\"id\",\"question\"} from FILE ('-' for stdin) and answer each." };
        var kind = new Option<QuestionKind?>("--kind")
        {
            Description = "Force the kind: Position, Compare, Check or Sources (as /compare, /check …).",
            HelpName = string.Join('|', Enum.GetNames<QuestionKind>()),
            CustomParser = ParseKind,
        };
        var command = new Command("ask", "Answer a question from the sources and print the reply.") { question, json, batch, kind };
        command.SetAction((parse, ct) => AskRunner.RunAsync(parse.GetValue(question), parse.GetValue(json), parse.GetValue(batch), parse.GetValue(kind), ct));
        return command;
    }

    /// <summary>A kind by name, in any case; anything else is an error in words listing every kind.</summary>
    private static QuestionKind? ParseKind(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? "" : result.Tokens[0].Value;
        if (Enum.GetNames<QuestionKind>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase)) is { } name)
        {
            return Enum.Parse<QuestionKind>(name);
        }

        result.AddError($"--kind '{text}' is not a kind of question: use one of {string.Join(", ", Enum.GetNames<QuestionKind>())}.");
        return null;
    }
}

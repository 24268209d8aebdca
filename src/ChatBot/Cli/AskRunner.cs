using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Answers;
using ChatBot.Answers.Model;
using ChatBot.Host.Chat;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Host.Cli;

/// <summary>`ask`: one question or a JSON Lines batch, printed as a person sees it or as the JSON contract.</summary>
internal static class AskRunner
{
    public static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // quotes stay readable (’ “ ë); output is not HTML
    };

    public static async Task<int> RunAsync(string? question, bool json, FileInfo? batch, QuestionKind? kind, CancellationToken cancellationToken)
    {
        // A bad setting or corpus throws here and becomes one line on stderr with exit code 2 (CommandLine.RunAsync).
        // The other sections are checked beside the corpus load (the start's main cost), not before it; a problem in
        // either is reported before any answer is printed.
        var everySection = Task.Run(BotHost.CheckEverySection, cancellationToken);
        using var host = BotHost.CreateBuilder([], quiet: true).Build();
        BotHost.CheckBeforeStart(host);
        await everySection.ConfigureAwait(false);
        var answers = host.Services.GetRequiredService<IAnswerService>();
        if (batch is not null)
        {
            return await AskBatch.RunAsync(answers, batch, kind, cancellationToken).ConfigureAwait(false);
        }

        if (question is null)
        {
            await Console.Error.WriteLineAsync("Give a question: ask \"wat vindt BIJ1 van detentie?\" (or --batch FILE).").ConfigureAwait(false);
            return 1;
        }

        var answer = await answers.AnswerAsync(AnswerRequest.FromCli(question, kind), cancellationToken).ConfigureAwait(false);
        await Console.Out.WriteLineAsync(json ? ContractLine(null, answer) : ConsoleReply.Render(answer)).ConfigureAwait(false);
        return 0;
    }

    /// <summary>One line of the JSON contract: <c>id</c> (null for a single question) followed by the answer's fields.</summary>
    public static string ContractLine(string? id, Answer answer)
    {
        var output = new JsonObject { ["id"] = id };
        foreach (var (key, value) in JsonSerializer.SerializeToNode(answer, Json)!.AsObject())
        {
            output[key] = value?.DeepClone();
        }

        return output.ToJsonString(Json);
    }
}

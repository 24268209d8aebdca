using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Answers;
using ChatBot.Answers.Corpus;
using ChatBot.Answers.Model;
using ChatBot.Host.Chat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

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
        IHost host;
        IAnswerService answers;
        try
        {
            host = BotHost.CreateBuilder([], quiet: true).Build();
            answers = host.Services.GetRequiredService<IAnswerService>();
            _ = host.Services.GetRequiredService<ICorpusProvider>().Current;
        }
        catch (Exception e) when (e is CorpusLoadException or OptionsValidationException)
        {
            await Console.Error.WriteLineAsync("ChatBot could not start: " + e.Message).ConfigureAwait(false);
            return 2;
        }

        using (host)
        {
            if (batch is not null)
            {
                return await RunBatchAsync(answers, batch, kind, cancellationToken).ConfigureAwait(false);
            }

            if (question is null)
            {
                await Console.Error.WriteLineAsync("Give a question: ask \"wat vindt BIJ1 van detentie?\" (or --batch FILE).").ConfigureAwait(false);
                return 1;
            }

            var answer = await answers.AnswerAsync(AnswerRequest.FromCli(question, kind), cancellationToken).ConfigureAwait(false);
            await Console.Out.WriteLineAsync(json ? JsonSerializer.Serialize(answer, Json) : ConsoleReply.Render(answer)).ConfigureAwait(false);
            return 0;
        }
    }

    private static async Task<int> RunBatchAsync(IAnswerService answers, FileInfo batch, QuestionKind? kind, CancellationToken cancellationToken)
    {
        TextReader reader;
        if (batch.Name == "-")
        {
            reader = Console.In;
        }
        else if (!batch.Exists)
        {
            await Console.Error.WriteLineAsync($"Batch file {batch.FullName} does not exist.").ConfigureAwait(false);
            return 1;
        }
        else
        {
            reader = new StreamReader(batch.FullName);
        }

        using (reader)
        {
            var number = 0;
            var failures = 0;
            while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                number++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                string? id;
                string? question;
                try
                {
                    var node = JsonNode.Parse(line);
                    id = node?["id"]?.ToString();
                    question = node?["question"]?.GetValue<string>();
                }
                catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
                {
                    failures++;
                    await Console.Error.WriteLineAsync($"{batch.Name}:{number}: skipped, not a JSON object with \"id\" and \"question\": {e.Message}").ConfigureAwait(false);
                    continue;
                }

                var answer = await answers.AnswerAsync(AnswerRequest.FromCli(question ?? "", kind), cancellationToken).ConfigureAwait(false);
                var output = new JsonObject { ["id"] = id };
                foreach (var (key, value) in JsonSerializer.SerializeToNode(answer, Json)!.AsObject())
                {
                    output[key] = value?.DeepClone();
                }

                await Console.Out.WriteLineAsync(output.ToJsonString(Json)).ConfigureAwait(false);
            }

            return failures == 0 ? 0 : 1;
        }
    }
}

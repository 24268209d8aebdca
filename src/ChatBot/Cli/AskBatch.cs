using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Answers;
using ChatBot.Answers.Model;

namespace ChatBot.Host.Cli;

/// <summary>
/// `ask --batch`: JSON Lines <c>{"id", "question"}</c> in, one contract line per question out. A line that is not
/// valid UTF-8, not a JSON object or has no "question" string is reported on stderr with its line number and skipped;
/// the run then ends with exit code 1. Blank lines are ignored.
/// </summary>
internal static partial class AskBatch
{
    public static async Task<int> RunAsync(IAnswerService answers, FileInfo batch, QuestionKind? kind, CancellationToken cancellationToken)
    {
        if (batch.Name != "-" && !batch.Exists)
        {
            await Console.Error.WriteLineAsync($"Batch file {batch.FullName} does not exist.").ConfigureAwait(false);
            return 1;
        }

        var failures = 0;
        await using var input = batch.Name == "-" ? Console.OpenStandardInput() : batch.OpenRead();
        await foreach (var line in Utf8Lines.ReadAsync(input, cancellationToken).ConfigureAwait(false))
        {
            var (id, question, problem) = line.Text is null ? (null, null, "not valid UTF-8") : Parse(line.Text);
            var conversation = line.Text is null ? null : ConversationOf(line.Text);
            if (problem is not null)
            {
                failures++;
                await Console.Error.WriteLineAsync($"{batch}:{line.Number}: skipped, {problem}").ConfigureAwait(false);
                continue;
            }

            if (question is null) continue; // a blank line
            // Lines with the same "conversation" are one conversation, in file order; other lines stand alone.
            var request = conversation is null ? AnswerRequest.FromCli(question, kind)
                : new AnswerRequest(question, new Conversation("batch", conversation, conversation), kind);
            var answer = await answers.AnswerAsync(request, cancellationToken).ConfigureAwait(false);
            await Console.Out.WriteLineAsync(AskRunner.ContractLine(id, answer)).ConfigureAwait(false);
        }

        return failures == 0 ? 0 : 1;
    }

    /// <summary>The line's "conversation" id, when it has a string one.</summary>
    internal static string? ConversationOf(string line)
    {
        try
        {
            return JsonNode.Parse(line) is JsonObject obj && obj["conversation"] is JsonValue v && v.GetValueKind() == JsonValueKind.String
                ? v.GetValue<string>() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The id and question of one line, or why it cannot be answered; a blank line gives neither.</summary>
    internal static (string? Id, string? Question, string? Problem) Parse(string line)
    {
        if (string.IsNullOrWhiteSpace(line)) return (null, null, null);
        const string expected = "not a JSON object with \"id\" and \"question\"";
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(line);
        }
        catch (JsonException e)
        {
            // In words and columns: the parser's "LineNumber: 0 | BytePositionInLine: 1" counts from 0 within the line.
            var reason = JsonPosition().Replace(e.Message, "").Trim().TrimEnd('.');
            var column = e.BytePositionInLine is { } position ? $" at column {position + 1}" : "";
            return (null, null, $"{expected}: broken JSON{column} ({reason})");
        }

        if (node is not JsonObject obj)
        {
            return (null, null, $"{expected}: the line holds {(node is null ? "null" : node.GetValueKind().ToString().ToLowerInvariant())}");
        }

        if (obj["question"] is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            return (null, null, obj.ContainsKey("question") ? "\"question\" is not a string" : "no \"question\" in the object");
        }

        var id = obj["id"] is { } idNode ? (idNode.GetValueKind() == JsonValueKind.String ? idNode.GetValue<string>() : idNode.ToJsonString()) : null;
        return (id, value.GetValue<string>(), null);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*(Path: \S*\s*\|\s*)?LineNumber: \d+ \| BytePositionInLine: \d+\.?")]
    private static partial System.Text.RegularExpressions.Regex JsonPosition();
}

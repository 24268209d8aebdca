using ChatBot.Answers;
using ChatBot.Answers.Answering;
using ChatBot.Answers.Model;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Chat;

/// <summary>A terminal chat: a question per line, "more" for the next page, an empty line or end of input to quit.</summary>
internal sealed class ConsoleChatHostedService(
    IAnswerService answers,
    IOptions<AnswersOptions> options,
    IHostApplicationLifetime lifetime) : BackgroundService
{
    // The console is one conversation: a follow-up ("en de PvdA?") is read in the light of the question before it.
    private static readonly Conversation ConsoleConversation = new("console", "local", "local");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var output = Console.Out;
        await output.WriteLineAsync("ChatBot — ask about asylum and migration positions (BIJ1, PvdA, VluchtelingenWerk, coalition D66/VVD/CDA).").ConfigureAwait(false);
        await output.WriteLineAsync("No chat platform configured: this is the console chat. Type a question; 'more' shows the rest; Ctrl+D quits.").ConfigureAwait(false);
        var pending = new Queue<string>();
        while (!stoppingToken.IsCancellationRequested)
        {
            await output.WriteAsync("\n> ").ConfigureAwait(false);
            var line = await ReadLineAsync(stoppingToken).ConfigureAwait(false);
            if (line is null) break;
            if (line.Trim() is "more" or "meer")
            {
                await output.WriteLineAsync(pending.Count > 0 ? pending.Dequeue() : "(nothing more)").ConfigureAwait(false);
                continue;
            }

            if (line.Trim().Length == 0) continue;
            var answer = await answers.AnswerAsync(new AnswerRequest(line, ConsoleConversation), stoppingToken).ConfigureAwait(false);
            pending = new Queue<string>(ReplyPager.Pages(ConsoleReply.Render(answer), options.Value.ReplyLimit));
            await output.WriteLineAsync(pending.Dequeue()).ConfigureAwait(false);
            if (pending.Count > 0) await output.WriteLineAsync($"[{pending.Count} more — type 'more']").ConfigureAwait(false);
        }

        lifetime.StopApplication();
    }

    /// <summary>
    /// The next line, or null at end of input or when the host stops (Ctrl-C). Console.In blocks its thread whatever
    /// token it is given, so the read is left behind on stop instead of holding the shutdown for its 30 s timeout.
    /// </summary>
    private static async Task<string?> ReadLineAsync(CancellationToken stoppingToken)
    {
        try
        {
            return await Task.Run(Console.In.ReadLine, CancellationToken.None).WaitAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return null;
        }
    }
}

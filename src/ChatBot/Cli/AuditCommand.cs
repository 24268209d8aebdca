using System.CommandLine;
using System.Data.Common;
using System.Text;
using ChatBot.Operations.Audit;
using ChatBot.Operations.Hosting;
using ChatBot.Operations.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Cli;

/// <summary>`audit`: lists or exports the audit trail (JSON Lines or CSV) to stdout; it only reads, never answers.</summary>
internal static class AuditCommand
{
    private static readonly string[] Platforms = ["telegram", "discord", "cli"];

    public static Command Create()
    {
        var since = new Option<string?>("--since") { Description = "Only answers since an age (30m, 24h, 7d) or a date/time (2026-03-01, ISO 8601; UTC unless an offset is given)." };
        var chat = new Option<string?>("--chat") { Description = "Only this chat (Telegram chat id, Discord channel id)." };
        var platform = new Option<string?>("--platform") { Description = "Only this platform: telegram, discord or cli." };
        var pinned = new Option<bool>("--pinned") { Description = "Only answers that were pinned." };
        var format = new Option<string>("--format") { Description = "jsonl (one JSON object per line) or csv.", DefaultValueFactory = _ => "jsonl" };
        var limit = new Option<int>("--limit") { Description = "At most this many answers, oldest first.", DefaultValueFactory = _ => new AuditQuery().Limit };
        var command = new Command("audit", "Print the audit trail (who asked what, which sources were quoted, pins) as JSON Lines or CSV.")
        {
            since, chat, platform, pinned, format, limit,
        };
        command.SetAction((parse, ct) => RunAsync(
            new AuditArguments(parse.GetValue(since), parse.GetValue(chat), parse.GetValue(platform), parse.GetValue(pinned), parse.GetValue(format), parse.GetValue(limit)),
            ct));
        return command;
    }

    private sealed record AuditArguments(string? Since, string? Chat, string? Platform, bool Pinned, string? Format, int Limit);

    private static async Task<int> RunAsync(AuditArguments arguments, CancellationToken cancellationToken)
    {
        if (Validate(arguments, DateTimeOffset.UtcNow, out var query, out var format) is { } problem)
        {
            await Console.Error.WriteLineAsync(problem).ConfigureAwait(false);
            return 1;
        }

        BotHost.CheckEverySection();
        try
        {
            var builder = BotHost.CreateBuilder([], quiet: true);
            builder.AddAuditStore();
            // A failed start is reported below in one line; the host's own log of it is a stack trace.
            builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
            using var host = builder.Build();
            if (host.Services.GetRequiredService<AuditStoreProbe>().MissingFile is { } missing)
            {
                // Read-only: opening SQLite would create the file (and the folder), state nobody asked for.
                await Console.Error.WriteLineAsync($"No audit trail yet: {missing} does not exist (the bot creates it when it first answers). Nothing to export.").ConfigureAwait(false);
                return 0;
            }

            await host.StartAsync(cancellationToken).ConfigureAwait(false); // validates options, migrates the schema
            var exporter = host.Services.GetRequiredService<AuditExporter>();
            // A buffered UTF-8 writer: Console.Out flushes every line, which is slow for a large export.
            await using (var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 64 * 1024))
            {
                await exporter.ExportAsync(query, format, output, cancellationToken).ConfigureAwait(false);
            }

            await host.StopAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        }
        catch (Exception e) when (e is OptionsValidationException or DbException or IOException or UnauthorizedAccessException)
        {
            // Never the connection string itself: the messages of these exceptions do not carry it.
            await Console.Error.WriteLineAsync("The audit trail could not be read: " + e.Message).ConfigureAwait(false);
            return 2;
        }
    }

    // AuditSince.TryParse throws for ages beyond what DateTimeOffset/TimeSpan can hold ("1000000d", "52000000d").
    private static bool TryParseSince(string text, DateTimeOffset now, out DateTimeOffset since)
    {
        try
        {
            return AuditSince.TryParse(text, now, out since);
        }
        catch (ArgumentOutOfRangeException)
        {
            since = default;
            return false;
        }
    }

    /// <summary>Null when every value is usable, else a message naming the option and what it accepts.</summary>
    private static string? Validate(AuditArguments a, DateTimeOffset now, out AuditQuery query, out AuditExportFormat format)
    {
        query = new AuditQuery();
        format = AuditExportFormat.JsonLines;
        DateTimeOffset? since = null;
        if (a.Since is not null)
        {
            if (!TryParseSince(a.Since, now, out var parsed))
            {
                return $"--since '{a.Since}' is not an age or a date: use for example 30m, 24h, 7d or 2026-03-01.";
            }

            since = parsed;
        }

        if (!AuditSince.TryParseFormat(a.Format, out format))
        {
            return $"--format '{a.Format}' is not known: use jsonl or csv.";
        }

        var platform = a.Platform?.Trim().ToLowerInvariant();
        if (platform is not null && !Platforms.Contains(platform))
        {
            return $"--platform '{a.Platform}' is not known: use telegram, discord or cli.";
        }

        if (a.Chat is not null && string.IsNullOrWhiteSpace(a.Chat))
        {
            return "--chat needs a chat id.";
        }

        if (a.Limit < 1)
        {
            return $"--limit {a.Limit} is too small: give a positive number of answers.";
        }

        query = new AuditQuery { Since = since, ChatId = a.Chat?.Trim(), Platform = platform, PinnedOnly = a.Pinned, Limit = a.Limit };
        return null;
    }
}

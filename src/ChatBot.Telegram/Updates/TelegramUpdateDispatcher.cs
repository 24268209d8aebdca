using System.Globalization;
using ChatBot.Answers.Operations;
using ChatBot.Telegram.Http;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatBot.Telegram.Updates;

/// <summary>
/// Handles one update in isolation: whatever goes wrong is logged (redacted) and swallowed, so the next update
/// is handled. Used by both polling and webhook mode. An update is claimed first, so of several processes (or a
/// redelivery) only one answers it.
/// </summary>
internal sealed class TelegramUpdateDispatcher(
    MessageHandler messages,
    CallbackQueryHandler callbacks,
    InlineQueryHandler inline,
    IUpdateClaims claims,
    ShutdownGrace grace,
    SecretRedactor redactor,
    ILogger<TelegramUpdateDispatcher> logger)
{
    public const string Platform = "telegram";

    public Task DispatchAsync(Update update, CancellationToken cancellationToken) => DispatchAsync(update, claim: true, cancellationToken);

    /// <summary>
    /// <paramref name="claim"/> is false for an update this process recorded as its own before a restart: its claim
    /// may be ours from the interrupted run, and skipping it would leave the question unanswered.
    /// </summary>
    public async Task DispatchAsync(Update update, bool claim, CancellationToken cancellationToken)
    {
        try
        {
            if (claim && update is { Message: not null } or { CallbackQuery: not null } or { InlineQuery: not null }
                && !await claims.TryClaimAsync(Platform, update.Id.ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false))
            {
                logger.UpdateClaimedElsewhere(update.Id);
                return;
            }

            switch (update)
            {
                case { Message: { } message }:
                    await messages.HandleAsync(message, cancellationToken).ConfigureAwait(false);
                    break;
                case { CallbackQuery: { } query }:
                    await callbacks.HandleAsync(query, cancellationToken).ConfigureAwait(false);
                    break;
                case { InlineQuery: { } query }:
                    await inline.HandleAsync(query, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    // Edited messages, channel posts, member changes, reactions…: not questions.
                    logger.UpdateIgnored(update.Id, update.Type.ToString());
                    break;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested || grace.Stopping.IsCancellationRequested)
        {
            // Stopped before it was answered: not done, so the next run answers it.
            throw;
        }
        catch (Exception ex)
        {
            logger.UpdateFailed(update.Id, SafeType(update), redactor.Redact(ex));
        }
    }

    private static string SafeType(Update update)
    {
        try
        {
            return update.Type.ToString();
        }
        catch (InvalidOperationException)
        {
            return nameof(UpdateType.Unknown);
        }
    }
}

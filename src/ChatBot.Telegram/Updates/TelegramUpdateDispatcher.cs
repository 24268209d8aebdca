using ChatBot.Telegram.Http;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatBot.Telegram.Updates;

/// <summary>
/// Handles one update in isolation: whatever goes wrong is logged (redacted) and swallowed, so the next update
/// is handled. Used by both polling and webhook mode.
/// </summary>
internal sealed class TelegramUpdateDispatcher(
    MessageHandler messages,
    CallbackQueryHandler callbacks,
    InlineQueryHandler inline,
    SecretRedactor redactor,
    ILogger<TelegramUpdateDispatcher> logger)
{
    public async Task DispatchAsync(Update update, CancellationToken cancellationToken)
    {
        try
        {
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
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
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

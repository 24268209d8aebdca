using System.Globalization;
using ChatBot.Answers.Model;
using ChatBot.Answers.Operations;
using ChatBot.Telegram.Callbacks;
using ChatBot.Telegram.Http;
using ChatBot.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatBot.Telegram.Updates;

/// <summary>Button presses: "📌 Pin" (administrators only) and "More sources".</summary>
internal sealed class CallbackQueryHandler(
    ITelegramBotClient client,
    IPinLog pinLog,
    AnswerCache cache,
    TelegramReplies replies,
    SecretRedactor redactor,
    TimeProvider time,
    ILogger<CallbackQueryHandler> logger)
{
    public async Task HandleAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        var ui = UiText.ForUser(query.From.LanguageCode);
        try
        {
            switch (CallbackData.Parse(query.Data))
            {
                case PinCallback pin:
                    await PinAsync(query, pin, ui, cancellationToken).ConfigureAwait(false);
                    break;
                case MoreCallback more:
                    await MoreAsync(query, more, ui, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    // Stops the spinner on the button even for data we do not know (old buttons, other versions).
                    await client.AnswerCallbackQuery(query.Id, cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
        catch (RequestException ex)
        {
            // A failed membership check, pin or page: the button must still stop spinning, with a word of why.
            logger.CallbackFailed(query.Id, redactor.Redact(ex.Message));
            await TryAnswerAsync(query.Id, ui.ButtonFailed, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Answers a query that may have been answered already (Telegram then says 400): nothing more to do.</summary>
    private async Task TryAnswerAsync(string queryId, string text, CancellationToken cancellationToken)
    {
        try
        {
            await client.AnswerCallbackQuery(queryId, text, showAlert: true, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestException)
        {
        }
    }

    private async Task PinAsync(CallbackQuery query, PinCallback pin, UiText ui, CancellationToken cancellationToken)
    {
        if (query.Message is not { Chat.Type: ChatType.Group or ChatType.Supergroup } message)
        {
            await client.AnswerCallbackQuery(query.Id, ui.PinOnlyInGroups, cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }

        var chatId = message.Chat.Id;
        var member = await client.GetChatMember(chatId, query.From.Id, cancellationToken).ConfigureAwait(false);
        if (member.Status is not (ChatMemberStatus.Administrator or ChatMemberStatus.Creator))
        {
            logger.PinRefused(pin.AnswerId.ToString(), chatId, query.From.Id, member.Status.ToString());
            await client.AnswerCallbackQuery(query.Id, ui.PinRefused, cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }

        try
        {
            await client.PinChatMessage(chatId, message.MessageId, disableNotification: true, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode is 400 or 403)
        {
            logger.PinFailed(pin.AnswerId.ToString(), chatId, redactor.Redact(ex.Message));
            await client.AnswerCallbackQuery(query.Id, ui.PinFailed, showAlert: true, cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }

        var conversation = new Conversation(
            MessageHandler.Platform, chatId.ToString(CultureInfo.InvariantCulture), query.From.Id.ToString(CultureInfo.InvariantCulture));
        await pinLog.RecordPinAsync(
            new PinRecord(pin.AnswerId, conversation, message.MessageId.ToString(CultureInfo.InvariantCulture),
                query.From.Id.ToString(CultureInfo.InvariantCulture), time.GetUtcNow()),
            cancellationToken).ConfigureAwait(false);
        logger.Pinned(pin.AnswerId.ToString(), chatId, query.From.Id);
        await client.AnswerCallbackQuery(query.Id, ui.Pinned, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private async Task MoreAsync(CallbackQuery query, MoreCallback more, UiText ui, CancellationToken cancellationToken)
    {
        var cached = cache.Find(more.AnswerId);
        if (cached is null || more.Page >= cached.Pages.Count || query.Message is not { } message)
        {
            await client.AnswerCallbackQuery(query.Id, ui.Expired, cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }

        await client.AnswerCallbackQuery(query.Id, cancellationToken: cancellationToken).ConfigureAwait(false);
        var inGroup = message.Chat.Type != ChatType.Private;
        await replies.SendHtmlAsync(message.Chat.Id, cached.Pages[more.Page], message.MessageId,
            TelegramReplies.AnswerButtons(cached, more.Page, inGroup), cancellationToken).ConfigureAwait(false);
        // The button has done its work: take it away so a second tap does not send the page again (the pin stays).
        try
        {
            await client.EditMessageReplyMarkup(message.Chat.Id, message.MessageId,
                TelegramReplies.AnswerButtons(cached, more.Page - 1, inGroup, withMore: false), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 400)
        {
            // "message is not modified" or too old to edit: harmless.
        }
    }
}

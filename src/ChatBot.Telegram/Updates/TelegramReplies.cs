using ChatBot.Telegram.Callbacks;
using ChatBot.Telegram.Rendering;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace ChatBot.Telegram.Updates;

/// <summary>Sends HTML replies (as replies to the asker's message) and builds the answer buttons.</summary>
internal sealed class TelegramReplies(ITelegramBotClient client)
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    /// <summary>How long "typing…" may take; it is one try (no retries, see TelegramHttpClientRegistration).</summary>
    private static readonly TimeSpan TypingTimeout = TimeSpan.FromSeconds(2);

    public Task<Message> SendHtmlAsync(long chatId, string html, int? replyToMessageId, InlineKeyboardMarkup? buttons, CancellationToken cancellationToken) =>
        client.SendMessage(
            chatId,
            html,
            ParseMode.Html,
            replyParameters: replyToMessageId is { } id ? new ReplyParameters { MessageId = id, AllowSendingWithoutReply = true } : null,
            replyMarkup: buttons,
            linkPreviewOptions: NoPreview,
            cancellationToken: cancellationToken);

    /// <summary>
    /// "typing…" while the answer is prepared. Purely cosmetic: started, not awaited, so a slow or failing Bot API
    /// never delays the answer; one try with a short timeout, and a failure is ignored.
    /// </summary>
    public void ShowTyping(long chatId, CancellationToken cancellationToken) => _ = ShowTypingAsync(chatId, cancellationToken);

    private async Task ShowTypingAsync(long chatId, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TypingTimeout);
            await client.SendChatAction(chatId, ChatAction.Typing, cancellationToken: timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RequestException or OperationCanceledException or HttpRequestException)
        {
        }
    }

    /// <summary>Buttons under page <paramref name="page"/>: "📌 Pin" on the first page in groups, "More sources" while pages remain.</summary>
    public static InlineKeyboardMarkup? AnswerButtons(CachedAnswer answer, int page, bool inGroup, bool withMore = true)
    {
        var text = UiText.For(answer.Answer.Language);
        var row = new List<InlineKeyboardButton>();
        if (inGroup && page == 0)
        {
            row.Add(InlineKeyboardButton.WithCallbackData(text.Pin, new PinCallback(answer.Answer.AnswerId).Encode()));
        }

        if (withMore && page + 1 < answer.Pages.Count)
        {
            var label = $"{text.MoreSources} ({page + 2}/{answer.Pages.Count})";
            row.Add(InlineKeyboardButton.WithCallbackData(label, new MoreCallback(answer.Answer.AnswerId, page + 1).Encode()));
        }

        return row.Count == 0 ? null : new InlineKeyboardMarkup([row]);
    }
}

using System.Globalization;
using ChatBot.Answers;
using ChatBot.Answers.Model;
using ChatBot.Answers.Operations;
using ChatBot.Telegram.Callbacks;
using ChatBot.Telegram.Http;
using ChatBot.Telegram.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatBot.Telegram.Updates;

/// <summary>Turns a routed message into a reply: a cited answer, help, the source list or a polite refusal.</summary>
internal sealed class MessageHandler(
    IServiceProvider services,
    IAnswerService answers,
    IAskerRateLimiter rateLimiter,
    AnswerHtmlRenderer renderer,
    AnswerCache cache,
    TelegramReplies replies,
    BotIdentityHolder identity,
    ShutdownGrace grace,
    SecretRedactor redactor,
    ILogger<MessageHandler> logger)
{
    public const string Platform = "telegram";

    public async Task HandleAsync(Message message, CancellationToken cancellationToken)
    {
        var action = MessageRouter.Route(message, identity.Current);
        var ui = UiText.ForUser(message.From?.LanguageCode);
        var chatId = message.Chat.Id;
        switch (action)
        {
            case AskAction ask:
                await AnswerAsync(message, ask, cancellationToken).ConfigureAwait(false);
                break;
            case HelpAction:
                await replies.SendHtmlAsync(chatId, ui.Help, message.MessageId, null, cancellationToken).ConfigureAwait(false);
                break;
            case ListSourcesAction:
                await replies.SendHtmlAsync(chatId, SourceList(ui), message.MessageId, null, cancellationToken).ConfigureAwait(false);
                break;
            case UsageHintAction hint:
                var usage = TelegramHtml.Escape(string.Format(CultureInfo.InvariantCulture, ui.UsageHint, hint.Command));
                await replies.SendHtmlAsync(chatId, usage, message.MessageId, null, cancellationToken).ConfigureAwait(false);
                break;
            case UnsupportedAction:
                await replies.SendHtmlAsync(chatId, TelegramHtml.Escape(ui.Unsupported), message.MessageId, null, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async Task AnswerAsync(Message message, AskAction ask, CancellationToken cancellationToken)
    {
        var chatId = message.Chat.Id;
        var userId = message.From!.Id;
        var conversation = new Conversation(Platform, chatId.ToString(CultureInfo.InvariantCulture), userId.ToString(CultureInfo.InvariantCulture));
        var ui = UiText.ForUser(message.From.LanguageCode);

        // Working out an answer stops at once when the host stops; sending one gets the grace period (ShutdownGrace).
        using var answering = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, grace.Stopping);
        var decision = await rateLimiter.TryAcquireAsync(conversation, answering.Token).ConfigureAwait(false);
        if (!decision.Allowed)
        {
            logger.RateLimited(userId, chatId);
            var seconds = (int)Math.Ceiling((decision.RetryAfter ?? TimeSpan.FromMinutes(1)).TotalSeconds);
            var text = TelegramHtml.Escape(string.Format(CultureInfo.InvariantCulture, ui.RateLimited, Math.Max(1, seconds)));
            await replies.SendHtmlAsync(chatId, text, message.MessageId, null, cancellationToken).ConfigureAwait(false);
            return;
        }

        logger.Question(chatId, userId, ask.Question);
        replies.ShowTyping(chatId, answering.Token);
        Answer answer;
        try
        {
            answer = await answers.AnswerAsync(new AnswerRequest(ask.Question, conversation, ask.Kind), answering.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !answering.IsCancellationRequested)
        {
            logger.AnswerServiceFailed(chatId, redactor.Redact(ex));
            await replies.SendHtmlAsync(chatId, TelegramHtml.Escape(ui.Failed), message.MessageId, null, cancellationToken).ConfigureAwait(false);
            return;
        }

        var cached = new CachedAnswer(answer, renderer.Render(answer));
        cache.Add(cached);
        var inGroup = message.Chat.Type != ChatType.Private;
        if (inGroup)
        {
            // Groups see the first page; the rest waits behind "More sources" so the chat is not flooded.
            await replies.SendHtmlAsync(chatId, cached.Pages[0], message.MessageId, TelegramReplies.AnswerButtons(cached, 0, inGroup: true), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            for (var page = 0; page < cached.Pages.Count; page++)
            {
                await replies.SendHtmlAsync(chatId, cached.Pages[page], page == 0 ? message.MessageId : null, null, cancellationToken).ConfigureAwait(false);
            }
        }

        logger.Answered(answer.AnswerId.ToString(), chatId, answer.Mode.ToString(), answer.Abstained, cached.Pages.Count);
    }

    private string SourceList(UiText ui)
    {
        var catalog = services.GetService<ISourceCatalog>();
        var documents = catalog?.Documents ?? [];
        if (documents.Count == 0)
        {
            return TelegramHtml.Escape(ui.NoSources);
        }

        // One line per document, as many as fit in one message; the rest is summarised by a count.
        var builder = new System.Text.StringBuilder(TelegramHtml.Bold(ui.SourcesHeading));
        var shown = 0;
        foreach (var d in documents.OrderBy(d => d.Publisher, StringComparer.OrdinalIgnoreCase).ThenBy(d => d.Title, StringComparer.Ordinal))
        {
            var line = "\n• " + TelegramHtml.Link($"{d.Publisher}: {d.Title}{(d.Date is null ? string.Empty : $" ({d.Date})")}", d.Url);
            if (builder.Length + line.Length > AnswerHtmlRenderer.MaxMessageLength - 20)
            {
                break;
            }

            builder.Append(line);
            shown++;
        }

        if (shown < documents.Count)
        {
            builder.Append(CultureInfo.InvariantCulture, $"\n… (+{documents.Count - shown})");
        }

        return builder.ToString();
    }
}

using System.Globalization;
using ChatBot.Answers;
using ChatBot.Answers.Model;
using ChatBot.Answers.Operations;
using ChatBot.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.InlineQueryResults;

namespace ChatBot.Telegram.Updates;

/// <summary>"@bot question" in any chat: offers the cited answer (its first page) as one article to send.</summary>
internal sealed class InlineQueryHandler(
    ITelegramBotClient client,
    IAnswerService answers,
    IAskerRateLimiter rateLimiter,
    AnswerHtmlRenderer renderer,
    ILogger<InlineQueryHandler> logger)
{
    // Telegram may cache results for everyone asking the same text; answers do not depend on the asker.
    private const int CacheSeconds = 300;

    public async Task HandleAsync(InlineQuery query, CancellationToken cancellationToken)
    {
        var question = query.Query.Trim();
        var conversation = new Conversation(MessageHandler.Platform, "inline", query.From.Id.ToString(CultureInfo.InvariantCulture));
        if (question.Length < 3 || !(await rateLimiter.TryAcquireAsync(conversation, cancellationToken).ConfigureAwait(false)).Allowed)
        {
            await client.AnswerInlineQuery(query.Id, [], cacheTime: 0, isPersonal: true, cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }

        logger.Question(0, query.From.Id, question);
        var answer = await answers.AnswerAsync(new AnswerRequest(question, conversation), cancellationToken).ConfigureAwait(false);
        var page = renderer.Render(answer)[0];
        var article = new InlineQueryResultArticle(
            answer.AnswerId.ToString(),
            TelegramHtml.Shorten(answer.Summary, 100),
            new InputTextMessageContent(page) { ParseMode = ParseMode.Html, LinkPreviewOptions = new LinkPreviewOptions { IsDisabled = true } })
        {
            Description = TelegramHtml.Shorten(answer.Citations.FirstOrDefault()?.Quote ?? answer.Text, 200),
        };
        await client.AnswerInlineQuery(query.Id, [article], cacheTime: CacheSeconds, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}

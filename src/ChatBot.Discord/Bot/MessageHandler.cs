using ChatBot.Answers.Model;
using ChatBot.Answers.Operations;
using ChatBot.Discord.Gateway;
using ChatBot.Discord.Rendering;
using ChatBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Bot;

/// <summary>
/// Questions as messages: a mention of the bot in a server, or any direct message. Each is claimed by message id
/// first (only those addressed to the bot, so ordinary chatter costs nothing), so of several processes one answers.
/// </summary>
internal sealed partial class MessageHandler(IDiscordRest rest, QuestionAsker asker, DiscordBotState state, IUpdateClaims claims, ILogger<MessageHandler> logger)
{
    public async Task HandleAsync(MessageCreated message, CancellationToken cancellationToken)
    {
        if (message.Author.IsBot || state.BotUserId is not { } botId || message.Author.Id == botId)
        {
            return;
        }

        var isDirect = message.GuildId is null;
        var mentioned = message.MentionedUserIds.Contains(botId)
                        || message.Content.Contains($"<@{botId}>", StringComparison.Ordinal)
                        || message.Content.Contains($"<@!{botId}>", StringComparison.Ordinal);
        if (!isDirect && !mentioned)
        {
            return;
        }

        if (!await claims.TryClaimAsync(QuestionAsker.Platform, "message:" + message.MessageId, cancellationToken).ConfigureAwait(false))
        {
            LogClaimedElsewhere(message.MessageId);
            return;
        }

        var texts = BotTexts.Dutch;
        var question = message.Content
            .Replace($"<@{botId}>", " ", StringComparison.Ordinal)
            .Replace($"<@!{botId}>", " ", StringComparison.Ordinal)
            .Trim();
        var reply = question.Length == 0
            ? MessageDraft.Text(texts.EmptyMention)
            : await asker.AskAsync(question, new Conversation(QuestionAsker.Platform, message.ChannelId, message.Author.Id), null, texts, cancellationToken).ConfigureAwait(false);

        await rest.CreateMessageAsync(message.ChannelId, reply with { ReplyToMessageId = message.MessageId }, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 4324, Level = LogLevel.Debug, Message = "Discord message {MessageId} skipped: already claimed (a redelivery, or another process answers it)")]
    private partial void LogClaimedElsewhere(string messageId);
}

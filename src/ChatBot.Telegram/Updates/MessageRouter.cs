using ChatBot.Telegram.Commands;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatBot.Telegram.Updates;

/// <summary>
/// Decides whether and how to answer a message. Private chats: every text is a question. Groups: commands, messages
/// that mention the bot and replies to the bot's own messages; everything else is left alone.
/// </summary>
internal static class MessageRouter
{
    public static BotAction Route(Message message, BotIdentity bot)
    {
        if (message.From is null || message.From.IsBot)
        {
            return BotAction.Ignore;
        }

        var isPrivate = message.Chat.Type == ChatType.Private;
        var isGroup = message.Chat.Type is ChatType.Group or ChatType.Supergroup;
        if (!isPrivate && !isGroup)
        {
            return BotAction.Ignore;
        }

        if (string.IsNullOrWhiteSpace(message.Text))
        {
            return isPrivate && message.Type != MessageType.Unknown && !IsServiceMessage(message) ? new UnsupportedAction() : BotAction.Ignore;
        }

        var text = message.Text;
        if (ParsedCommand.Parse(text) is { } command)
        {
            return RouteCommand(command, message, bot, isPrivate);
        }

        if (isPrivate)
        {
            return new AskAction(text.Trim(), null);
        }

        if (MentionsBot(message, bot, out var withoutMention))
        {
            return withoutMention.Length > 0
                ? new AskAction(withoutMention, null)
                : RepliedText(message, bot) is { } replied ? new AskAction(replied, null) : new HelpAction();
        }

        return message.ReplyToMessage?.From?.Id == bot.Id ? new AskAction(text.Trim(), null) : BotAction.Ignore;
    }

    private static BotAction RouteCommand(ParsedCommand command, Message message, BotIdentity bot, bool isPrivate)
    {
        if (!command.IsFor(bot.Username))
        {
            return BotAction.Ignore;
        }

        var known = BotCommandCatalog.Find(command.Name);
        if (known is null)
        {
            // In a group an unknown command is probably for another bot.
            return isPrivate ? new HelpAction() : BotAction.Ignore;
        }

        if (!known.TakesQuestion && known.Name != "sources")
        {
            return new HelpAction();
        }

        var question = command.Argument.Length > 0 ? command.Argument : RepliedText(message, bot);
        return question switch
        {
            not null => new AskAction(question, known.Kind),
            null when known.Name == "sources" => new ListSourcesAction(),
            null => new UsageHintAction(known.Name),
        };
    }

    /// <summary>"/check" sent as a reply to someone's claim checks that claim.</summary>
    private static string? RepliedText(Message message, BotIdentity bot) =>
        message.ReplyToMessage is { Text: { Length: > 0 } replied } original && original.From?.Id != bot.Id ? replied.Trim() : null;

    private static bool MentionsBot(Message message, BotIdentity bot, out string withoutMention)
    {
        var text = message.Text!;
        foreach (var entity in message.Entities ?? [])
        {
            if (entity.Offset < 0 || entity.Length <= 0 || entity.Offset + entity.Length > text.Length)
            {
                continue;
            }

            var isMention = entity.Type switch
            {
                MessageEntityType.Mention => string.Equals(text.Substring(entity.Offset, entity.Length), "@" + bot.Username, StringComparison.OrdinalIgnoreCase),
                MessageEntityType.TextMention => entity.User?.Id == bot.Id,
                _ => false,
            };
            if (isMention)
            {
                withoutMention = text.Remove(entity.Offset, entity.Length).Trim();
                return true;
            }
        }

        withoutMention = string.Empty;
        return false;
    }

    private static bool IsServiceMessage(Message message) =>
        message.NewChatMembers is not null || message.LeftChatMember is not null || message.NewChatTitle is not null
        || message.PinnedMessage is not null || message.GroupChatCreated == true || message.MigrateFromChatId is not null;
}

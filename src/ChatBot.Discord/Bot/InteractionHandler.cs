using ChatBot.Answers.Model;
using ChatBot.Answers.Operations;
using ChatBot.Discord.Configuration;
using ChatBot.Discord.Gateway;
using ChatBot.Discord.Rendering;
using ChatBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Bot;

/// <summary>Sends the first response to an interaction (callback route, or the pending HTTP request).</summary>
internal delegate Task InitialResponder(InteractionResponse response, CancellationToken cancellationToken);

/// <summary>
/// Slash commands and the answer buttons. A command's answer is the first response itself (type 4) when it is ready
/// within Discord:InteractionReplyWithinMs (2 s; Discord allows 3); otherwise the interaction is deferred (type 5)
/// and the answer follows as an edit. A refused first response is logged, and a command's answer is then posted in
/// the channel with a line saying why (when the bot may post there).
/// </summary>
internal sealed partial class InteractionHandler(
    IDiscordRest rest,
    QuestionAsker asker,
    AnswerCache cache,
    IPinLog pinLog,
    TimeProvider time,
    IOptions<DiscordOptions> options,
    ILogger<InteractionHandler> logger)
{
    /// <summary>
    /// Handles one interaction. The first response goes through the callback route, or — for the HTTP interactions
    /// endpoint — to <paramref name="initialResponse"/>, which answers the pending HTTP request.
    /// </summary>
    public Task HandleAsync(InteractionCreated interaction, InitialResponder? initialResponse, CancellationToken cancellationToken)
    {
        var context = new Context(interaction, initialResponse ?? ((r, ct) => rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, r, ct)));
        return interaction.Kind switch
        {
            InteractionKind.ApplicationCommand => CommandAsync(context, cancellationToken),
            InteractionKind.MessageComponent => ButtonAsync(context, cancellationToken),
            InteractionKind.Ping => context.Respond(new InteractionResponse(InteractionResponseType.Pong), cancellationToken),
            _ => Task.CompletedTask,
        };
    }

    public Task HandleAsync(InteractionCreated interaction, CancellationToken cancellationToken) => HandleAsync(interaction, null, cancellationToken);

    private sealed record Context(InteractionCreated I, InitialResponder Respond);

    private async Task CommandAsync(Context context, CancellationToken cancellationToken)
    {
        var i = context.I;
        var texts = BotTexts.ForLocale(i.Locale);
        if (!SlashCommands.Answers(i.CommandName))
        {
            // /help, and any stale command Discord still shows, gets the help text.
            await RespondAsync(context, AnswerEmbedRenderer.Help(texts), cancellationToken).ConfigureAwait(false);
            return;
        }

        var question = i.Options.GetValueOrDefault(SlashCommands.QuestionOption)?.Trim() ?? "";
        if (i.CommandName == SlashCommands.Sources)
        {
            question = texts == BotTexts.Dutch ? "Welke bronnen zijn er?" : "Which sources are there?";
        }

        var conversation = new Conversation(QuestionAsker.Platform, i.ChannelId ?? "dm", i.User.Id);
        var answering = asker.AskAsync(question, conversation, SlashCommands.KindOf(i.CommandName!), texts, cancellationToken);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var waiting = Task.Delay(TimeSpan.FromMilliseconds(options.Value.InteractionReplyWithinMs), time, budget.Token);
        if (await Task.WhenAny(answering, waiting).ConfigureAwait(false) == answering)
        {
            await budget.CancelAsync().ConfigureAwait(false);
            var ready = await answering.ConfigureAwait(false);
            if (!await TryFirstResponseAsync(context, InteractionResponse.Message(ready), cancellationToken).ConfigureAwait(false))
            {
                await PostInsteadAsync(i, ready, texts, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        // Not ready within the budget: "thinking…" now, the answer as an edit when it comes.
        var deferred = await TryFirstResponseAsync(context, InteractionResponse.Deferred(), cancellationToken).ConfigureAwait(false);
        var reply = await answering.ConfigureAwait(false);
        if (deferred)
        {
            await TryEditAsync(i, reply, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await PostInsteadAsync(i, reply, texts, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The first response; false (and a log line) when Discord refuses it, e.g. a token that expired.</summary>
    private async Task<bool> TryFirstResponseAsync(Context context, InteractionResponse response, CancellationToken cancellationToken)
    {
        try
        {
            await context.Respond(response, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DiscordRestException ex)
        {
            LogCallbackRefused(context.I.Id, context.I.CommandName ?? context.I.CustomId ?? "?", (int)response.Type, ex.Message);
            return false;
        }
    }

    /// <summary>Discord refused the reply: the asker still gets the answer, in the channel, with a line saying why.</summary>
    private async Task PostInsteadAsync(InteractionCreated i, MessageDraft reply, BotTexts texts, CancellationToken cancellationToken)
    {
        if (i.ChannelId is null)
        {
            return;
        }

        var notice = string.Format(System.Globalization.CultureInfo.InvariantCulture, texts.ReplyRefused, $"<@{i.User.Id}>", i.CommandName);
        try
        {
            await rest.CreateMessageAsync(i.ChannelId, reply with { Content = notice }, cancellationToken).ConfigureAwait(false);
            LogPostedInstead(i.Id, i.ChannelId);
        }
        catch (DiscordRestException ex)
        {
            // No permission to post in the channel: the log is all that is left.
            LogCouldNotPostInstead(i.Id, i.ChannelId, ex.Message);
        }
    }

    private async Task ButtonAsync(Context context, CancellationToken cancellationToken)
    {
        var i = context.I;
        var texts = BotTexts.ForLocale(i.Locale);
        var customId = i.CustomId ?? "";
        if (customId.StartsWith(AnswerEmbedRenderer.MorePrefix, StringComparison.Ordinal))
        {
            var answer = AnswerId.TryParse(customId[AnswerEmbedRenderer.MorePrefix.Length..], out var id) ? cache.Find(id) : null;
            await RespondAsync(context, answer is null ? MessageDraft.Text(texts.AnswerExpired, ephemeral: true) : AnswerEmbedRenderer.AllQuotes(answer), cancellationToken).ConfigureAwait(false);
        }
        else if (customId.StartsWith(AnswerEmbedRenderer.PinPrefix, StringComparison.Ordinal)
                 && AnswerId.TryParse(customId[AnswerEmbedRenderer.PinPrefix.Length..], out var answerId))
        {
            await PinAsync(context, answerId, texts, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await RespondAsync(context, MessageDraft.Text(texts.AnswerExpired, ephemeral: true), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task PinAsync(Context context, AnswerId answerId, BotTexts texts, CancellationToken cancellationToken)
    {
        var i = context.I;
        if (i.GuildId is null || i.ChannelId is null || i.MessageId is null)
        {
            await RespondAsync(context, MessageDraft.Text(texts.PinOnlyInServers, ephemeral: true), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!DiscordPermissions.CanPin(i.MemberPermissions))
        {
            LogPinRefused(i.User.Id, answerId.ToString());
            await RespondAsync(context, MessageDraft.Text(texts.PinRefused, ephemeral: true), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!DiscordPermissions.BotCanPin(i.AppPermissions))
        {
            // Invited before the pin permission split (or the role lost it): say so instead of a failed PUT.
            LogBotCannotPin(answerId.ToString(), i.ChannelId);
            await RespondAsync(context, MessageDraft.Text(texts.BotCannotPin, ephemeral: true), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!await TryFirstResponseAsync(context, InteractionResponse.Deferred(ephemeral: true), cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        try
        {
            await rest.PinMessageAsync(i.ChannelId, i.MessageId, cancellationToken).ConfigureAwait(false);
        }
        catch (DiscordRestException ex)
        {
            LogPinFailed(ex.Message);
            await TryEditAsync(i, MessageDraft.Text(texts.Failed), cancellationToken).ConfigureAwait(false);
            return;
        }

        var conversation = new Conversation(QuestionAsker.Platform, i.ChannelId, i.User.Id);
        await pinLog.RecordPinAsync(new PinRecord(answerId, conversation, i.MessageId, i.User.Id, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        LogPinned(answerId.ToString(), i.MessageId, i.User.Id);
        await TryEditAsync(i, MessageDraft.Text(texts.Pinned), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Edits the deferred response. A refusal (the token expired, the message was deleted) is one warning line with
    /// Discord's code and field paths, like the other refusals: nothing is left to do for it.
    /// </summary>
    private async Task TryEditAsync(InteractionCreated i, MessageDraft message, CancellationToken cancellationToken)
    {
        try
        {
            await rest.EditOriginalResponseAsync(i.ApplicationId, i.Token, message, cancellationToken).ConfigureAwait(false);
        }
        catch (DiscordRestException ex)
        {
            LogEditRefused(i.Id, i.CommandName ?? i.CustomId ?? "?", ex.Message);
        }
    }

    private Task RespondAsync(Context context, MessageDraft message, CancellationToken cancellationToken) =>
        TryFirstResponseAsync(context, InteractionResponse.Message(message), cancellationToken);

    [LoggerMessage(EventId = 4311, Level = LogLevel.Information, Message = "Answer {AnswerId} pinned as message {MessageId} by {UserId}")]
    private partial void LogPinned(string answerId, string messageId, string userId);

    [LoggerMessage(EventId = 4312, Level = LogLevel.Information, Message = "Pin of answer {AnswerId} refused for {UserId}: no Pin Messages permission")]
    private partial void LogPinRefused(string userId, string answerId);

    [LoggerMessage(EventId = 4317, Level = LogLevel.Warning, Message = "Discord refused the edit of the response to interaction {InteractionId} ({Command}): {Reason}")]
    private partial void LogEditRefused(string interactionId, string command, string reason);

    [LoggerMessage(EventId = 4318, Level = LogLevel.Warning, Message = "Cannot pin answer {AnswerId} in channel {ChannelId}: the bot lacks the Pin Messages permission (invite integer in the README)")]
    private partial void LogBotCannotPin(string answerId, string channelId);

    [LoggerMessage(EventId = 4313, Level = LogLevel.Warning, Message = "Pinning failed: {Reason}")]
    private partial void LogPinFailed(string reason);

    [LoggerMessage(EventId = 4314, Level = LogLevel.Warning, Message = "Discord refused the response (type {ResponseType}) to interaction {InteractionId} ({Command}): {Reason}")]
    private partial void LogCallbackRefused(string interactionId, string command, int responseType, string reason);

    [LoggerMessage(EventId = 4315, Level = LogLevel.Information, Message = "The answer to interaction {InteractionId} was posted in channel {ChannelId} instead")]
    private partial void LogPostedInstead(string interactionId, string channelId);

    [LoggerMessage(EventId = 4316, Level = LogLevel.Warning, Message = "The answer to interaction {InteractionId} could not be posted in channel {ChannelId} either: {Reason}")]
    private partial void LogCouldNotPostInstead(string interactionId, string channelId, string reason);
}

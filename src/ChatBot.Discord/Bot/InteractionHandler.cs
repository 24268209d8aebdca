using ChatBot.Answers.Model;
using ChatBot.Answers.Operations;
using ChatBot.Discord.Gateway;
using ChatBot.Discord.Rendering;
using ChatBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Bot;

/// <summary>Sends the first response to an interaction (callback route, or the pending HTTP request).</summary>
internal delegate Task InitialResponder(InteractionResponse response, CancellationToken cancellationToken);

/// <summary>Slash commands (deferred within Discord's 3 s, then edited) and the answer buttons.</summary>
internal sealed partial class InteractionHandler(
    IDiscordRest rest,
    QuestionAsker asker,
    AnswerCache cache,
    IPinLog pinLog,
    TimeProvider time,
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

        // Answering may take longer than the 3 s Discord allows for the first response.
        await context.Respond(InteractionResponse.Deferred(), cancellationToken).ConfigureAwait(false);

        var question = i.Options.GetValueOrDefault(SlashCommands.QuestionOption)?.Trim() ?? "";
        if (question.Length == 0 && i.CommandName == SlashCommands.Sources)
        {
            question = texts == BotTexts.Dutch ? "Welke bronnen zijn er?" : "Which sources are there?";
        }

        var conversation = new Conversation(QuestionAsker.Platform, i.ChannelId ?? "dm", i.User.Id);
        var reply = await asker.AskAsync(question, conversation, SlashCommands.KindOf(i.CommandName!), texts, cancellationToken).ConfigureAwait(false);
        await rest.EditOriginalResponseAsync(i.ApplicationId, i.Token, reply, cancellationToken).ConfigureAwait(false);
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

        await context.Respond(InteractionResponse.Deferred(ephemeral: true), cancellationToken).ConfigureAwait(false);
        try
        {
            await rest.PinMessageAsync(i.ChannelId, i.MessageId, cancellationToken).ConfigureAwait(false);
        }
        catch (DiscordRestException ex)
        {
            LogPinFailed(ex.Message);
            await rest.EditOriginalResponseAsync(i.ApplicationId, i.Token, MessageDraft.Text(texts.Failed), cancellationToken).ConfigureAwait(false);
            return;
        }

        var conversation = new Conversation(QuestionAsker.Platform, i.ChannelId, i.User.Id);
        await pinLog.RecordPinAsync(new PinRecord(answerId, conversation, i.MessageId, i.User.Id, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        LogPinned(answerId.ToString(), i.MessageId, i.User.Id);
        await rest.EditOriginalResponseAsync(i.ApplicationId, i.Token, MessageDraft.Text(texts.Pinned), cancellationToken).ConfigureAwait(false);
    }

    private static Task RespondAsync(Context context, MessageDraft message, CancellationToken cancellationToken) =>
        context.Respond(InteractionResponse.Message(message), cancellationToken);

    [LoggerMessage(EventId = 4311, Level = LogLevel.Information, Message = "Answer {AnswerId} pinned as message {MessageId} by {UserId}")]
    private partial void LogPinned(string answerId, string messageId, string userId);

    [LoggerMessage(EventId = 4312, Level = LogLevel.Information, Message = "Pin of answer {AnswerId} refused for {UserId}: no Manage Messages permission")]
    private partial void LogPinRefused(string userId, string answerId);

    [LoggerMessage(EventId = 4313, Level = LogLevel.Warning, Message = "Pinning failed: {Reason}")]
    private partial void LogPinFailed(string reason);
}

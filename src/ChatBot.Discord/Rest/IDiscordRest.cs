namespace ChatBot.Discord.Rest;

/// <summary>
/// The REST calls the bot needs, in our own types. Shaped so that a Discord library could stand behind it where one
/// is available. Every call waits out rate limits instead of failing.
/// </summary>
public interface IDiscordRest
{
    Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken);

    /// <summary>Posts a message; returns its id.</summary>
    Task<string> CreateMessageAsync(string channelId, MessageDraft message, CancellationToken cancellationToken);

    Task CreateInteractionResponseAsync(string interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken);

    Task EditOriginalResponseAsync(string applicationId, string interactionToken, MessageDraft message, CancellationToken cancellationToken);

    /// <summary>Sends a follow-up message to an interaction; returns its id.</summary>
    Task<string> CreateFollowupMessageAsync(string applicationId, string interactionToken, MessageDraft message, CancellationToken cancellationToken);

    Task PinMessageAsync(string channelId, string messageId, CancellationToken cancellationToken);

    /// <summary>Replaces all commands: globally, or in one guild when <paramref name="guildId"/> is set (development).</summary>
    Task BulkOverwriteCommandsAsync(string applicationId, string? guildId, IReadOnlyList<SlashCommand> commands, CancellationToken cancellationToken);
}

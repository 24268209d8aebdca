namespace ChatBot.Discord.Rest;

/// <summary>Interaction callback types we use (receiving-and-responding.mdx).</summary>
public enum InteractionResponseType
{
    Pong = 1,
    ChannelMessageWithSource = 4,
    DeferredChannelMessageWithSource = 5,
}

public sealed record InteractionResponse(InteractionResponseType Type, MessageDraft? Data = null)
{
    /// <summary>"Thinking…": must be sent within 3 s; the answer follows as an edit of the original response.</summary>
    public static InteractionResponse Deferred(bool ephemeral = false) =>
        new(InteractionResponseType.DeferredChannelMessageWithSource, ephemeral ? new MessageDraft(null, [], [], null, Ephemeral: true) : null);

    public static InteractionResponse Message(MessageDraft message) => new(InteractionResponseType.ChannelMessageWithSource, message);
}

namespace ChatBot.Discord.Rest;

/// <summary>
/// A message to send. Mentions never ping: the client adds <c>allowed_mentions: {"parse": []}</c> to every message.
/// </summary>
public sealed record MessageDraft(
    string? Content,
    IReadOnlyList<DiscordEmbed> Embeds,
    IReadOnlyList<DiscordButton> Buttons,
    string? ReplyToMessageId = null,
    bool Ephemeral = false)
{
    public static MessageDraft Text(string content, bool ephemeral = false) => new(content, [], [], null, ephemeral);
}

public sealed record DiscordEmbed(string? Title, string? Description, IReadOnlyList<EmbedField> Fields, string? Footer, int? Color = null);

public sealed record EmbedField(string Name, string Value, bool Inline = false);

public enum ButtonStyle
{
    Primary = 1,
    Secondary = 2,
    Success = 3,
    Danger = 4,
}

public sealed record DiscordButton(string Label, string CustomId, ButtonStyle Style = ButtonStyle.Secondary);

using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.Discord.Rest;

/// <summary>JSON bodies as Discord's OpenAPI schema names them (snake_case, nulls left out).</summary>
internal static class WirePayloads
{
    public const int EphemeralFlag = 1 << 6;

    public static JsonSerializerOptions Json { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Every message we send carries this: nobody is pinged, whatever the text contains.</summary>
    public static AllowedMentionsWire NoMentions { get; } = new([]);

    public static MessageWire Message(MessageDraft draft, bool allowReference) => new(
        draft.Content,
        draft.Embeds.Count == 0 ? null : [.. draft.Embeds.Select(Embed)],
        NoMentions,
        draft.Buttons.Count == 0 ? null : [new ActionRowWire(1, [.. draft.Buttons.Select(b => new ButtonWire(2, (int)b.Style, b.Label, b.CustomId))])],
        allowReference && draft.ReplyToMessageId is { } id ? new MessageReferenceWire(id, false) : null,
        draft.Ephemeral ? EphemeralFlag : null);

    private static EmbedWire Embed(DiscordEmbed e) => new(
        e.Title,
        e.Description,
        e.Color,
        e.Fields.Count == 0 ? null : [.. e.Fields.Select(f => new EmbedFieldWire(f.Name, f.Value, f.Inline))],
        e.Footer is null ? null : new EmbedFooterWire(e.Footer));

    public static InteractionResponseWire InteractionResponse(InteractionResponse response) =>
        new((int)response.Type, response.Data is null ? null : Message(response.Data, allowReference: false));

    public static CommandWire Command(SlashCommand c) => new(
        c.Name, 1, c.Description, c.NameLocalizations, c.DescriptionLocalizations,
        [.. c.Options.Select(o => new OptionWire(3, o.Name, o.Description, o.NameLocalizations, o.DescriptionLocalizations, o.Required, o.MaxLength))],
        [0, 1, 2], [0]);
}

internal sealed record AllowedMentionsWire(IReadOnlyList<string> Parse);

internal sealed record MessageWire(
    string? Content,
    IReadOnlyList<EmbedWire>? Embeds,
    AllowedMentionsWire AllowedMentions,
    IReadOnlyList<ActionRowWire>? Components,
    MessageReferenceWire? MessageReference,
    int? Flags);

internal sealed record EmbedWire(string? Title, string? Description, int? Color, IReadOnlyList<EmbedFieldWire>? Fields, EmbedFooterWire? Footer);

internal sealed record EmbedFieldWire(string Name, string Value, bool Inline);

internal sealed record EmbedFooterWire(string Text);

internal sealed record ActionRowWire(int Type, IReadOnlyList<ButtonWire> Components);

internal sealed record ButtonWire(int Type, int Style, string Label, string CustomId);

internal sealed record MessageReferenceWire(string MessageId, bool FailIfNotExists);

internal sealed record InteractionResponseWire(int Type, MessageWire? Data);

internal sealed record CommandWire(
    string Name,
    int Type,
    string Description,
    IReadOnlyDictionary<string, string> NameLocalizations,
    IReadOnlyDictionary<string, string> DescriptionLocalizations,
    IReadOnlyList<OptionWire> Options,
    IReadOnlyList<int> Contexts,
    IReadOnlyList<int> IntegrationTypes);

internal sealed record OptionWire(
    int Type,
    string Name,
    string Description,
    IReadOnlyDictionary<string, string> NameLocalizations,
    IReadOnlyDictionary<string, string> DescriptionLocalizations,
    bool Required,
    int MaxLength);

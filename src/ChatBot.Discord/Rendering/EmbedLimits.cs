using ChatBot.Discord.Rest;

namespace ChatBot.Discord.Rendering;

/// <summary>Discord's embed limits (message.mdx#embed-object-embed-limits), applied last so no request is refused.</summary>
public static class EmbedLimits
{
    public const int Title = 256;
    public const int Description = 4096;
    public const int Fields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int Footer = 2048;
    public const int Total = 6000;

    public static DiscordEmbed Fit(DiscordEmbed embed)
    {
        var fields = embed.Fields
            .Take(Fields)
            .Select(f => f with { Name = Cut(f.Name, FieldName), Value = Cut(f.Value, FieldValue) })
            .ToList();
        var title = embed.Title is null ? null : DiscordMarkdown.Truncate(embed.Title, Title);
        var description = embed.Description is null ? null : DiscordMarkdown.Truncate(embed.Description, Description);
        var footer = embed.Footer is null ? null : DiscordMarkdown.Truncate(embed.Footer, Footer);

        // Over the total: drop fields from the end (least relevant source last), then shorten the description.
        while (Size(title, description, fields, footer) > Total && fields.Count > 0)
        {
            fields.RemoveAt(fields.Count - 1);
        }

        var excess = Size(title, description, fields, footer) - Total;
        if (excess > 0 && description is not null)
        {
            description = DiscordMarkdown.Truncate(description, Math.Max(1, description.Length - excess));
        }

        return embed with { Title = title, Description = description, Fields = fields, Footer = footer };
    }

    public static int Size(DiscordEmbed e) => Size(e.Title, e.Description, e.Fields, e.Footer);

    private static int Size(string? title, string? description, IReadOnlyList<EmbedField> fields, string? footer) =>
        (title?.Length ?? 0) + (description?.Length ?? 0) + (footer?.Length ?? 0) + fields.Sum(f => f.Name.Length + f.Value.Length);

    private static string Cut(string text, int max) => text.Length == 0 ? "\u200B" : DiscordMarkdown.Truncate(text, max);
}

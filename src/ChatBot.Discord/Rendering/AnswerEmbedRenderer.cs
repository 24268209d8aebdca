using System.Globalization;
using ChatBot.Answers.Answering;
using ChatBot.Answers.Model;
using ChatBot.Discord.Rest;

namespace ChatBot.Discord.Rendering;

/// <summary>
/// An answer as a Discord embed: the summary as title, the question echoed inertly, one field per source holding a
/// verbatim quote and its citation (publisher, title, date, section), and a footer with document dates and mode.
/// Quote text is only escaped for markdown, or cut with "…" when a field cannot hold it.
/// </summary>
public static class AnswerEmbedRenderer
{
    public const string PinPrefix = "pin:";
    public const string MorePrefix = "more:";
    private const int Blue = 0x2B6CB0;
    private const int Grey = 0x718096;

    /// <summary>
    /// The reply: first quote of each source. <paramref name="asked"/> is the question as the user typed it (the
    /// answer holds the cleaned text, without mentions); it is echoed in a code span, where @everyone is plain text.
    /// </summary>
    public static MessageDraft Reply(Answer answer, string? replyTo = null, string? asked = null)
    {
        var texts = BotTexts.For(answer.Language);
        var embed = EmbedLimits.Fit(new DiscordEmbed(
            DiscordMarkdown.Escape(answer.Summary),
            Description(answer, texts, asked),
            [.. answer.Sources.Where(s => s.Quotes.Count > 0).Select(s => Field(s.Publisher, s.Stance, s.Quotes[0], answer.Language))],
            Footer(answer, texts),
            answer.Abstained ? Grey : Blue));

        var buttons = new List<DiscordButton>();
        if (!answer.Abstained)
        {
            if (answer.Citations.Count > embed.Fields.Count)
            {
                buttons.Add(new DiscordButton(texts.MoreSources, MorePrefix + answer.AnswerId, ButtonStyle.Secondary));
            }

            buttons.Add(new DiscordButton(texts.Pin, PinPrefix + answer.AnswerId, ButtonStyle.Secondary));
        }

        return new MessageDraft(null, [embed], buttons, replyTo);
    }

    /// <summary>"More sources": every quote, one field each, as an ephemeral message.</summary>
    public static MessageDraft AllQuotes(Answer answer)
    {
        var texts = BotTexts.For(answer.Language);
        var embed = EmbedLimits.Fit(new DiscordEmbed(
            DiscordMarkdown.Escape(answer.Summary),
            null,
            [.. answer.Sources.SelectMany(s => s.Quotes.Select(q => Field(s.Publisher, s.Stance, q, answer.Language)))],
            Footer(answer, texts),
            Blue));
        return new MessageDraft(null, [embed], [], Ephemeral: true);
    }

    public static MessageDraft Help(BotTexts texts) =>
        new(null, [EmbedLimits.Fit(new DiscordEmbed(texts.HelpTitle, texts.Help, [], null, Blue))], [], Ephemeral: true);

    private static string Description(Answer answer, BotTexts texts, string? asked)
    {
        var question = $"**{texts.Question}:** {DiscordMarkdown.CodeSpan(DiscordMarkdown.Truncate(asked ?? answer.Question, 500))}";
        if (answer.Abstained || answer.Sources.Count == 0)
        {
            return question + "\n\n" + DiscordMarkdown.Escape(answer.Text);
        }

        return answer.Verdict is { } verdict ? $"{question}\n\n**{VerdictText(verdict, answer.Language)}**" : question;
    }

    private static EmbedField Field(string publisher, Verdict? stance, Citation quote, Language language)
    {
        var texts = BotTexts.For(language);
        var name = DiscordMarkdown.Escape(publisher) + (stance is { } s ? $" — {VerdictText(s, language)}" : "");
        var citation = DiscordMarkdown.Truncate(
            $"— {DiscordMarkdown.Escape(quote.Publisher)}, *{DiscordMarkdown.Escape(quote.Title)}* ({quote.Date ?? texts.Undated}), {texts.Section} {DiscordMarkdown.Escape(quote.Section)}",
            400);
        // The citation line itself opens the quote's passage (a masked link); without one, the document's URL follows it.
        var citationLine = IsSafeLink(quote.Link, 500) ? $"[{citation}]({quote.Link})"
            : IsSafeLink(quote.Url, 200) ? $"{citation} · <{quote.Url}>"
            : citation;

        // Quote as a block quote; whatever room the citation leaves is the quote's. A quote the field's party did not
        // write itself says who did first ("Volgens NOS (2021-03) over PvdD:").
        var lead = ReplyWriter.Attribution(language, publisher, quote).TrimEnd();
        var body = (lead.Length > 0 ? $"*{DiscordMarkdown.Escape(lead)}*\n" : "") + "> " + DiscordMarkdown.Escape(quote.Quote).Replace("\n", "\n> ", StringComparison.Ordinal);
        var room = EmbedLimits.FieldValue - citationLine.Length - 1;
        return new EmbedField(DiscordMarkdown.Truncate(name, EmbedLimits.FieldName), DiscordMarkdown.Truncate(body, room) + "\n" + citationLine);
    }

    /// <summary>An absolute http(s) URL that cannot end a masked link early.</summary>
    private static bool IsSafeLink(string? url, int maxLength) =>
        url is { Length: > 0 } && url.Length < maxLength && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && url.AsSpan().IndexOfAny("()<> ") < 0;

    private static string Footer(Answer answer, BotTexts texts)
    {
        var dates = answer.Citations
            .Select(c => c.Date ?? texts.Undated)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var documents = dates.Count == 0 ? "" : $"{texts.Documents}: {string.Join(", ", dates)} · ";
        return string.Create(CultureInfo.InvariantCulture, $"{documents}{texts.Mode}: {texts.ModeName(answer.Mode)}");
    }

    private static string VerdictText(Verdict verdict, Language language) => (verdict, language) switch
    {
        (Verdict.Supported, Language.Nl) => "Gesteund door de bronnen",
        (Verdict.Contradicted, Language.Nl) => "Weersproken door de bronnen",
        (Verdict.NotInSources, Language.Nl) => "Niet in de bronnen",
        (Verdict.Supported, _) => "Supported by the sources",
        (Verdict.Contradicted, _) => "Contradicted by the sources",
        _ => "Not in the sources",
    };
}

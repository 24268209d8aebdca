using System.Text;
using ChatBot.Answers.Answering;
using ChatBot.Answers.Model;

namespace ChatBot.Telegram.Rendering;

/// <summary>
/// Renders an <see cref="Answer"/> as Telegram HTML pages of at most <see cref="MaxMessageLength"/> characters.
/// Pages are cut only between blocks (a source, or one quote with its citation), so no tag is ever cut.
/// </summary>
internal sealed class AnswerHtmlRenderer(int expandableQuoteLength)
{
    public const int MaxMessageLength = 4096;

    // Room kept on each page for the page marker and the mode footer.
    private const int Reserve = 200;
    private const int PageBudget = MaxMessageLength - Reserve;

    public IReadOnlyList<string> Render(Answer answer)
    {
        var text = UiText.For(answer.Language);
        var blocks = new List<string> { Header(answer, text) };
        if (answer.Abstained || answer.Sources.Count == 0)
        {
            var body = answer.Text.StartsWith(answer.Summary, StringComparison.Ordinal) ? answer.Text[answer.Summary.Length..] : answer.Text;
            blocks.AddRange(SplitPlain(body.Trim()));
        }
        else
        {
            foreach (var source in answer.Sources)
            {
                blocks.AddRange(SourceBlocks(source, answer.Language));
            }
        }

        return Paginate(blocks, TelegramHtml.Italic(text.Mode(answer.Mode)));
    }

    private static string Header(Answer answer, UiText text)
    {
        var header = TelegramHtml.Bold(answer.Summary);
        if (answer.Verdict is { } verdict && answer.Kind == QuestionKind.Check)
        {
            header += $"\n{TelegramHtml.Escape(text.VerdictLabel)}: <b>{TelegramHtml.Escape(text.Verdict(verdict))}</b>";
        }

        return header;
    }

    /// <summary>A publisher heading with its first quote, then each further quote as its own block.</summary>
    private IEnumerable<string> SourceBlocks(SourceAnswer source, Language language)
    {
        var heading = TelegramHtml.Bold(source.Publisher);
        var first = true;
        foreach (var quote in source.Quotes)
        {
            // Who says it, when it is not the heading's own text: "Volgens NOS (2021-03) over PvdD:".
            var lead = ReplyWriter.Attribution(language, source.Publisher, quote).TrimEnd();
            var firstPart = true;
            foreach (var raw in QuoteBlocks(quote))
            {
                var part = firstPart && lead.Length > 0 ? $"<i>{TelegramHtml.Escape(lead)}</i>\n{raw}" : raw;
                firstPart = false;
                yield return first ? $"{heading}\n{part}" : part;
                first = false;
            }
        }

        if (first)
        {
            yield return heading;
        }
    }

    private IEnumerable<string> QuoteBlocks(Citation quote)
    {
        var citation = Citation(quote);
        var chunks = ChunkByEscapedLength(quote.Quote, PageBudget - citation.Length - 200);
        for (var i = 0; i < chunks.Count; i++)
        {
            var expandable = quote.Quote.Length > expandableQuoteLength;
            var block = TelegramHtml.Blockquote(chunks[i], expandable);
            yield return i == chunks.Count - 1 ? $"{block}{citation}" : block;
        }
    }

    /// <summary>"— Publisher, Title, date, § section", linked to the quote's passage (or else the document's URL).</summary>
    private static string Citation(Citation quote)
    {
        var parts = new List<string> { quote.Publisher, quote.Title };
        if (!string.IsNullOrWhiteSpace(quote.Date))
        {
            parts.Add(quote.Date);
        }

        if (!string.IsNullOrWhiteSpace(quote.Section))
        {
            parts.Add($"§ {quote.Section}");
        }

        var label = string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
        return $"— <i>{TelegramHtml.Link(label, quote.Link ?? quote.Url)}</i>";
    }

    private static IEnumerable<string> SplitPlain(string text) =>
        text.Length == 0 ? [] : ChunkByEscapedLength(text, PageBudget).Select(TelegramHtml.Escape);

    /// <summary>Cuts raw text at spaces so each piece, once escaped, fits <paramref name="budget"/>; the text itself is kept whole.</summary>
    internal static IReadOnlyList<string> ChunkByEscapedLength(string text, int budget)
    {
        budget = Math.Max(budget, 100);
        if (TelegramHtml.Escape(text).Length <= budget)
        {
            return [text];
        }

        var chunks = new List<string>();
        var current = new StringBuilder();
        var currentEscaped = 0;
        foreach (var piece in SplitKeepingSpaces(text))
        {
            var escaped = TelegramHtml.Escape(piece).Length;
            if (currentEscaped + escaped > budget && current.Length > 0)
            {
                chunks.Add(current.ToString());
                current.Clear();
                currentEscaped = 0;
            }

            // A single "word" longer than the budget (a URL, a table row) is cut by characters.
            var remaining = piece;
            while (TelegramHtml.Escape(remaining).Length > budget)
            {
                var take = budget / 6; // "&quot;" is the longest escape: six characters for one
                chunks.Add(remaining[..take]);
                remaining = remaining[take..];
            }

            current.Append(remaining);
            currentEscaped += TelegramHtml.Escape(remaining).Length;
        }

        if (current.Length > 0)
        {
            chunks.Add(current.ToString());
        }

        return chunks;
    }

    private static IEnumerable<string> SplitKeepingSpaces(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                yield return text[start..(i + 1)];
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    private static IReadOnlyList<string> Paginate(List<string> blocks, string footer)
    {
        var pages = new List<StringBuilder> { new() };
        foreach (var block in blocks)
        {
            var page = pages[^1];
            if (page.Length > 0 && page.Length + 2 + block.Length > PageBudget)
            {
                page = new StringBuilder();
                pages.Add(page);
            }

            if (page.Length > 0)
            {
                page.Append("\n\n");
            }

            page.Append(block);
        }

        var result = new List<string>(pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            var marker = pages.Count > 1 ? $"\n\n<i>({i + 1}/{pages.Count})</i>" : string.Empty;
            var last = i == pages.Count - 1 ? $"\n\n{footer}" : string.Empty;
            result.Add($"{pages[i]}{last}{marker}");
        }

        return result;
    }
}

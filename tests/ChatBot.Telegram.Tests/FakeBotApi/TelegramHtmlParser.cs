using System.Globalization;
using System.Text;

namespace ChatBot.Telegram.Tests.FakeBotApi;

/// <summary>A parsed message: the plain text Telegram shows and its formatting entities.</summary>
internal sealed record ParsedHtml(string Text, IReadOnlyList<FakeEntity> Entities);

internal sealed record FakeEntity(string Type, int Offset, int Length, string? Url = null);

/// <summary>
/// Telegram's HTML parse mode as documented: a fixed set of tags, only &amp;lt; &amp;gt; &amp;amp; &amp;quot; and numeric
/// entities, every tag closed in order. Anything else is "Bad Request: can't parse entities", as on the real server.
/// </summary>
internal static class TelegramHtmlParser
{
    private static readonly Dictionary<string, string> Tags = new()
    {
        ["b"] = "bold", ["strong"] = "bold", ["i"] = "italic", ["em"] = "italic", ["u"] = "underline", ["ins"] = "underline",
        ["s"] = "strikethrough", ["strike"] = "strikethrough", ["del"] = "strikethrough", ["tg-spoiler"] = "spoiler",
        ["span"] = "spoiler", ["a"] = "text_link", ["code"] = "code", ["pre"] = "pre", ["blockquote"] = "blockquote",
        ["tg-emoji"] = "custom_emoji",
    };

    public static ParsedHtml Parse(string html, out string? error)
    {
        error = null;
        var text = new StringBuilder();
        var entities = new List<FakeEntity>();
        var open = new Stack<(string Tag, string Type, int Start, string? Url)>();
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                var end = html.IndexOf('>', i);
                if (end < 0)
                {
                    error = $"Bad Request: can't parse entities: unclosed start tag at byte offset {i}";
                    return Empty;
                }

                var tag = html[(i + 1)..end];
                if (tag.StartsWith('/'))
                {
                    var name = tag[1..].Trim();
                    if (open.Count == 0 || open.Peek().Tag != name)
                    {
                        error = $"Bad Request: can't parse entities: unmatched end tag \"{name}\" at byte offset {i}";
                        return Empty;
                    }

                    var (_, type, start, url) = open.Pop();
                    entities.Add(new FakeEntity(type, start, text.Length - start, url));
                }
                else
                {
                    var parts = tag.Split(' ', 2, StringSplitOptions.TrimEntries);
                    if (!Tags.TryGetValue(parts[0], out var type))
                    {
                        error = $"Bad Request: can't parse entities: unsupported start tag \"{parts[0]}\" at byte offset {i}";
                        return Empty;
                    }

                    string? url = null;
                    var attributes = parts.Length > 1 ? parts[1] : string.Empty;
                    if (parts[0] == "a")
                    {
                        const string prefix = "href=\"";
                        if (!attributes.StartsWith(prefix, StringComparison.Ordinal) || !attributes.EndsWith('"'))
                        {
                            error = $"Bad Request: can't parse entities: bad href at byte offset {i}";
                            return Empty;
                        }

                        url = Decode(attributes[prefix.Length..^1], out error);
                    }
                    else if (parts[0] == "blockquote" && attributes.Length > 0)
                    {
                        if (attributes != "expandable")
                        {
                            error = $"Bad Request: can't parse entities: unsupported attribute \"{attributes}\"";
                            return Empty;
                        }

                        type = "expandable_blockquote";
                    }
                    else if (attributes.Length > 0 && parts[0] is not ("span" or "code" or "tg-emoji"))
                    {
                        error = $"Bad Request: can't parse entities: unexpected attribute in \"{parts[0]}\"";
                        return Empty;
                    }

                    if (error is not null)
                    {
                        return Empty;
                    }

                    open.Push((parts[0], type, text.Length, url));
                }

                i = end + 1;
            }
            else if (c == '&')
            {
                var end = html.IndexOf(';', i);
                if (end < 0 || end - i > 10)
                {
                    error = $"Bad Request: can't parse entities: unsupported entity at byte offset {i}";
                    return Empty;
                }

                text.Append(Decode(html[i..(end + 1)], out error));
                if (error is not null)
                {
                    return Empty;
                }

                i = end + 1;
            }
            else if (c == '>')
            {
                error = $"Bad Request: can't parse entities: unexpected \">\" at byte offset {i}";
                return Empty;
            }
            else
            {
                text.Append(c);
                i++;
            }
        }

        if (open.Count > 0)
        {
            error = $"Bad Request: can't parse entities: can't find end tag corresponding to start tag \"{open.Peek().Tag}\"";
            return Empty;
        }

        return new ParsedHtml(text.ToString(), entities.OrderBy(e => e.Offset).ToList());
    }

    private static ParsedHtml Empty { get; } = new(string.Empty, []);

    private static string Decode(string value, out string? error)
    {
        error = null;
        var result = new StringBuilder();
        var i = 0;
        while (i < value.Length)
        {
            if (value[i] != '&')
            {
                result.Append(value[i++]);
                continue;
            }

            var end = value.IndexOf(';', i);
            var entity = end < 0 ? value[i..] : value[i..(end + 1)];
            switch (entity)
            {
                case "&lt;": result.Append('<'); break;
                case "&gt;": result.Append('>'); break;
                case "&amp;": result.Append('&'); break;
                case "&quot;": result.Append('"'); break;
                default:
                    if (entity.StartsWith("&#", StringComparison.Ordinal) && entity.EndsWith(';')
                        && (entity[2] is 'x' or 'X'
                            ? int.TryParse(entity[3..^1], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code)
                            : int.TryParse(entity[2..^1], NumberStyles.None, CultureInfo.InvariantCulture, out code)))
                    {
                        result.Append(char.ConvertFromUtf32(code));
                        break;
                    }

                    error = $"Bad Request: can't parse entities: unsupported entity \"{entity}\"";
                    return string.Empty;
            }

            i = end < 0 ? value.Length : end + 1;
        }

        return result.ToString();
    }
}

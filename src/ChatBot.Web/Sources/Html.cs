using System.Text;

namespace ChatBot.Web.Sources;

/// <summary>HTML escaping for text and attribute values: every document text goes through it.</summary>
internal static class Html
{
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny("<>&\"'") < 0)
        {
            return text ?? "";
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }

        return sb.ToString();
    }

    public static StringBuilder AppendEncoded(this StringBuilder sb, ReadOnlySpan<char> text) => sb.Append(Encode(text.ToString()));

    /// <summary>The page frame: phone-width viewport, one inline style sheet, no script.</summary>
    public static string Page(string language, string title, string body) => $$"""
        <!doctype html>
        <html lang="{{Encode(language)}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <title>{{Encode(title)}}</title>
        <style>{{Style}}</style>
        </head>
        <body>
        {{body}}
        </body>
        </html>
        """;

    private const string Style = """
        body{font:1.05rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:44rem;margin:0 auto;padding:1rem;color:#1b1b1b;background:#fff}
        h1{font-size:1.35rem;line-height:1.3}h2{font-size:.85rem;margin:0 0 .25rem;color:#555;font-weight:600}
        a{color:#0645ad}.meta{color:#444;font-size:.9rem}code{font-size:.8rem;overflow-wrap:anywhere}
        .passage{margin:0 0 1.1rem;padding:.2rem .4rem;border-left:3px solid #eee}.passage:target,.cited{border-left-color:#f0b400}
        .text{margin:0;white-space:pre-line;overflow-wrap:break-word}.pdf .text{white-space:normal}
        mark{background:#ffe066;padding:0 .1rem;scroll-margin-top:30vh}mark:focus{outline:none}
        .doc{list-style:none;padding:0}.doc li{margin:0 0 1rem;padding:.5rem;border:1px solid #ddd;border-radius:.4rem}
        """;
}

using System.Text;

namespace ChatBot.Import.Text;

/// <summary>
/// Bytes to text the corpus can quote: UTF-8 (a byte-order mark dropped) or UTF-16 with its byte-order mark,
/// line endings as LF. Anything else — a binary file, Latin-1 — is refused with the fix named.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(byte[] bytes, string name)
    {
        string text;
        try
        {
            text = bytes switch
            {
                [0xFF, 0xFE, ..] => new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true).GetString(bytes, 2, bytes.Length - 2),
                [0xFE, 0xFF, ..] => new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true).GetString(bytes, 2, bytes.Length - 2),
                [0xEF, 0xBB, 0xBF, ..] => StrictUtf8.GetString(bytes, 3, bytes.Length - 3),
                _ => StrictUtf8.GetString(bytes),
            };
        }
        catch (DecoderFallbackException)
        {
            throw new ImportException($"{name} is not UTF-8 text (nor a PDF or a web page). If it is text in another encoding, convert it first (for example: iconv -f latin1 -t utf-8 {name} > converted.txt).");
        }

        if (LooksBinary(text))
        {
            throw new ImportException($"{name} is a binary file, not text, a PDF or a web page. Import the document itself (.pdf, .html, .txt or .md).");
        }

        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    /// <summary>Control characters other than tab, line feed, carriage return and form feed do not occur in text.</summary>
    private static bool LooksBinary(string text) =>
        text.Take(8192).Count(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f')) > 0;
}

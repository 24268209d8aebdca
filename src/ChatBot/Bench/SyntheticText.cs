using System.Globalization;
using System.Text;
using ChatBot.Answers.Corpus;

namespace ChatBot.Host.Bench;

/// <summary>One generated document: headings, paragraphs, bullet and numbered lists, in web or pdf layout.</summary>
internal static class SyntheticText
{
    private const int PdfWidth = 88;

    public static string Write(SyntheticVocabulary vocabulary, TextFormat format, int words, Random random)
    {
        var sb = new StringBuilder(words * 8);
        var pdfLines = 0;
        var written = 0;
        var block = 0;
        while (written < words)
        {
            if (block++ % 5 == 0)
            {
                var heading = Sentence(vocabulary, random, 2, 5, period: false);
                sb.Append(heading).Append("\n\n");
                written += 3;
            }

            if (random.Next(4) == 0)
            {
                var numbered = format == TextFormat.Pdf || random.Next(2) == 0;
                var items = 3 + random.Next(4);
                for (var i = 1; i <= items; i++)
                {
                    var item = Sentence(vocabulary, random, 6, 16, period: true);
                    written += CountWords(item);
                    var marker = numbered ? i.ToString(CultureInfo.InvariantCulture) + ". " : " • ";
                    Emit(sb, marker + item, format, ref pdfLines);
                    if (format == TextFormat.Web) sb.Append('\n');
                }

                sb.Append('\n');
                continue;
            }

            var paragraph = new StringBuilder();
            var sentences = 2 + random.Next(5);
            for (var s = 0; s < sentences; s++)
            {
                if (s > 0) paragraph.Append(' ');
                var sentence = Sentence(vocabulary, random, 6, 24, period: true);
                written += CountWords(sentence);
                paragraph.Append(sentence);
            }

            Emit(sb, paragraph.ToString(), format, ref pdfLines);
            sb.Append('\n');
            if (format == TextFormat.Web) sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Web: the paragraph on one line. Pdf: wrapped at a fixed width, with a page number every 50 lines.</summary>
    private static void Emit(StringBuilder sb, string text, TextFormat format, ref int pdfLines)
    {
        if (format == TextFormat.Web)
        {
            sb.Append(text);
            return;
        }

        var line = 0;
        foreach (var word in text.Split(' '))
        {
            if (line > 0 && line + 1 + word.Length > PdfWidth)
            {
                sb.Append('\n');
                line = 0;
                if (++pdfLines % 50 == 0) sb.Append(pdfLines / 50).Append("\n\n");
            }

            if (line > 0)
            {
                sb.Append(' ');
                line++;
            }

            sb.Append(word);
            line += word.Length;
        }

        sb.Append('\n');
        pdfLines++;
    }

    private static string Sentence(SyntheticVocabulary vocabulary, Random random, int min, int max, bool period)
    {
        var count = min + random.Next(max - min + 1);
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var word = vocabulary.Next(random);
            if (i == 0) word = char.ToUpperInvariant(word[0]) + word[1..];
            else sb.Append(i % 9 == 0 && random.Next(2) == 0 ? ", " : " ");
            sb.Append(word);
        }

        if (period) sb.Append('.');
        return sb.ToString();
    }

    private static int CountWords(string text) => text.Count(c => c == ' ') + 1;
}

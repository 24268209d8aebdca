using System.Globalization;
using System.Text;

namespace ChatBot.Import.Tests.Support;

/// <summary>
/// A long party programme (one chapter per page) made from templates, and the paragraphs, headings and bullets it
/// prints, so a test can check the import kept each of them whole. Lines are wrapped at about 90 characters, and a
/// long word that does not fit is broken with a hyphen, as a word processor does.
/// </summary>
internal sealed class LongProgramme
{
    public const string Header = "Partij voor de Dieren · Verkiezingsprogramma 2025";
    private const int Width = 90;

    private static readonly string[] Topics =
    [
        "de opvang van asielzoekers", "gezinshereniging", "vreemdelingendetentie", "arbeidsmigratie", "naturalisatie",
        "de terugkeer van uitgeprocedeerden", "de integratie van statushouders", "de huisvesting van statushouders",
        "alleenstaande minderjarige vreemdelingen", "de asielprocedure",
    ];

    private static readonly string[] Plans =
    [
        "moet menselijker en sneller worden geregeld, met oog voor de kwetsbaarheid van iedereen die bescherming zoekt",
        "krijgt meer geld, zodat gemeenten en maatschappelijke organisaties hun werk goed kunnen doen",
        "wordt geregeld in kleinschalige voorzieningen verspreid over alle gemeenten van Nederland",
        "mag nooit ten koste gaan van de rechten van kinderen en de eenheid van gezinnen",
        "wordt onafhankelijk gecontroleerd door de Nationale ombudsman en de Inspectie Justitie en Veiligheid",
    ];

    public LongProgramme(int pages)
    {
        var pdf = new TestPdf(Header, created: new DateTime(2025, 5, 1, 12, 0, 0, DateTimeKind.Utc));
        for (var page = 1; page <= pages; page++)
        {
            var topic = Topics[(page - 1) % Topics.Length];
            var heading = $"Hoofdstuk {page.ToString(CultureInfo.InvariantCulture)}: {Capital(topic)}";
            Headings.Add(heading);
            pdf.NewPage().Heading(heading);
            for (var p = 0; p < 3; p++)
            {
                var paragraph = Paragraph(page, p, topic);
                Paragraphs.Add(paragraph);
                pdf.Paragraph([.. Wrap(paragraph)]);
            }

            pdf.Line("De Partij voor de Dieren wil:");
            for (var b = 0; b < 3; b++)
            {
                var bullet = $"Voor {topic} geldt in onderdeel {page}.{b + 1}: het beleid {Plans[(page + b) % Plans.Length]}.";
                Bullets.Add(bullet);
                pdf.Bullet([.. Wrap(bullet, Width - 4)]);
            }
        }

        Bytes = pdf.Build();
    }

    public byte[] Bytes { get; }

    public List<string> Headings { get; } = [];

    public List<string> Paragraphs { get; } = [];

    public List<string> Bullets { get; } = [];

    /// <summary>How many words the wrapping broke across lines with a hyphen.</summary>
    public int BrokenWords { get; private set; }

    private static string Paragraph(int page, int index, string topic)
    {
        var sb = new StringBuilder();
        for (var s = 0; s < 4; s++)
        {
            var plan = Plans[(page * 3 + index + s) % Plans.Length];
            sb.Append(CultureInfo.InvariantCulture, $"In paragraaf {page}.{index + 1}.{s + 1} staat dat {topic} {plan}. ");
        }

        return sb.ToString().TrimEnd();
    }

    /// <summary>Printed lines; a long word that would overflow is split with a hyphen ("verspreid over ge-" / "meenten").</summary>
    private IEnumerable<string> Wrap(string text, int width = Width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length + 1 + word.Length <= width || line.Length == 0)
            {
                if (line.Length > 0) line.Append(' ');
                line.Append(word);
                continue;
            }

            var room = width - line.Length - 2;
            if (word.Length >= 10 && room >= 4 && word.Take(room).All(char.IsLetter) && word.Length - room >= 3)
            {
                BrokenWords++;
                yield return line.Append(' ').Append(word[..room]).Append('-').ToString();
                line.Clear().Append(word[room..]);
                continue;
            }

            yield return line.ToString();
            line.Clear().Append(word);
        }

        if (line.Length > 0) yield return line.ToString();
    }

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}

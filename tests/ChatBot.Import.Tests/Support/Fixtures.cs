namespace ChatBot.Import.Tests.Support;

/// <summary>The documents the tests import, made here rather than committed.</summary>
internal static class Fixtures
{
    public const string Header = "Verkiezingsprogramma 2025 – Partij voor de Dieren";

    /// <summary>
    /// A two-page Dutch party programme: a running header and page numbers on both pages, a title and headings, a
    /// hard-wrapped paragraph with "vreemdelingen-" broken across lines, a "Partij voor de Dieren wil:" list of bullets
    /// (one wrapped over two lines) and an "EU-" compound broken at its hyphen.
    /// </summary>
    public static byte[] ProgrammePdf() => new TestPdf(Header, created: new DateTime(2025, 6, 20, 10, 0, 0, DateTimeKind.Utc))
        .NewPage()
        .Heading("Een menswaardig asielbeleid", 18)
        .Paragraph("Vastgesteld op het congres van 14 juni 2025.")
        .Heading("Opvang en procedures")
        .Paragraph(
            "Mensen die hier bescherming zoeken, verdienen een eerlijke procedure en fatsoenlijke opvang.",
            "Wij stoppen met het opsluiten van mensen in vreemdelingen-",
            "detentie, want wie geen misdrijf heeft gepleegd hoort niet in een cel.",
            "Samenwerking tussen de EU-",
            "landen is nodig voor een eerlijke verdeling.")
        .Line("De Partij voor de Dieren wil:")
        .Bullet("Kinderen worden nooit meer opgesloten in vreemdelingendetentie.")
        .Bullet("Gezinshereniging wordt binnen drie maanden geregeld, zodat families niet jarenlang", "van elkaar gescheiden blijven.")
        .Bullet("Asielzoekers mogen vanaf de eerste dag werken en Nederlands leren.")
        .Paragraph("Wij willen dat alle gemeenten")
        .NewPage()
        .Paragraph("samen zorgen voor genoeg opvangplekken in het hele land.")
        .Heading("Werk en integratie")
        .Paragraph(
            "Statushouders krijgen vanaf dag een taalles en hulp bij het vinden van werk. Gemeenten",
            "krijgen daarvoor genoeg geld van het Rijk, zodat niemand hoeft te wachten.")
        .Paragraph(
            "Arbeidsmigranten krijgen dezelfde rechten als andere werknemers: een eerlijk loon en",
            "een goed huis, los van hun werkgever.")
        .Build();

    /// <summary>A saved news article with navigation, a cookie banner, a script, share links and a footer around it.</summary>
    public const string ArticleHtml = """
        <!DOCTYPE html>
        <html lang="nl">
        <head>
          <meta charset="utf-8">
          <title>VVD wil minder asielzoekers | Voorbeeldnieuws</title>
          <meta property="og:title" content="VVD wil strengere regels voor gezinshereniging">
          <meta property="og:site_name" content="Voorbeeldnieuws">
          <meta property="article:published_time" content="2025-09-03T08:15:00+02:00">
          <link rel="canonical" href="https://voorbeeldnieuws.nl/artikel/vvd-gezinshereniging">
          <script>window.dataLayer = [{"page": "artikel"}]; function track() { return "Accepteer alle cookies"; }</script>
          <style>.cookie-banner { position: fixed; }</style>
        </head>
        <body>
          <div class="cookie-banner" id="cookie-consent"><p>Wij gebruiken cookies om de site te verbeteren en advertenties te tonen. Klik op accepteren om verder te gaan naar de site.</p><button>Accepteren</button></div>
          <header class="site-header"><a href="/">Voorbeeldnieuws</a>
            <nav><ul><li><a href="/binnenland">Binnenland</a></li><li><a href="/politiek">Politiek</a></li><li><a href="/sport">Sport</a></li></ul></nav>
          </header>
          <div class="layout has-sidebar">
          <main>
            <article>
              <header class="article__header"><h1>VVD wil strengere regels voor gezinshereniging</h1><p class="byline">Door de politieke redactie</p></header>
              <p>De VVD wil dat vluchtelingen langer moeten wachten voordat hun gezin naar Nederland mag komen. Dat staat in het verkiezingsprogramma dat de partij dinsdag presenteerde.</p>
              <h2>Wat wil de partij precies?</h2>
              <p>De VVD wil:</p>
              <ul>
                <li>Gezinshereniging alleen voor het kerngezin, en pas na twee jaar verblijf in Nederland.</li>
                <li>Een <strong>inkomenseis</strong> voor wie zijn gezin wil laten overkomen.</li>
              </ul>
              <p>Volgens de partij is dat nodig omdat de opvang overvol is. Oppositiepartijen noemen het plan onmenselijk en zeggen dat het in strijd is met Europese regels.</p>
              <div class="share-buttons"><a href="#">Deel op Facebook</a><a href="#">Deel op X</a></div>
            </article>
            <aside class="related"><h3>Meer over migratie</h3><ul><li><a href="/a">Kabinet valt over asiel</a></li></ul></aside>
          </main>
          </div>
          <footer class="site-footer"><p>© 2025 Voorbeeldnieuws · Privacy · Cookies · Contact</p></footer>
          <script src="/js/app.js"></script>
        </body>
        </html>
        """;
}

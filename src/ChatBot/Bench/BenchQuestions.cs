namespace ChatBot.Host.Bench;

/// <summary>
/// A fixed mix of what people ask, cycled for every measurement: Dutch and English, positions, comparisons, claims,
/// typos, markup, a long question and questions the sources cannot answer. Deliberately not the evaluation set.
/// </summary>
internal static class BenchQuestions
{
    public static IReadOnlyList<string> All { get; } =
    [
        "Wat vindt BIJ1 van vreemdelingendetentie?",
        "Hoe denkt de PvdA over het kinderpardon?",
        "Wat wil VluchtelingenWerk met de opvang van asielzoekers?",
        "Wat staat er in het coalitieakkoord over gezinshereniging?",
        "Vergelijk BIJ1 en PvdA over detentie",
        "Verschil tussen VluchtelingenWerk en de coalitie over de asielprocedure?",
        "BIJ1 wil de grenzen openen",
        "De PvdA wil meer geld voor noodhulp",
        "Wat vindt de PVV van asiel?",
        "Hoeveel kinderen mochten blijven door het kinderpardon?",
        "Wat is het beleid voor ongedocumenteerden?",
        "Welke bronnen gebruik je?",
        "Wat vindt BIJ1 van klimaatvluchtelingen?",
        "Wat zegt de coalitie over de spreidingswet?",
        "Hoe lang duurt de asielprocedure?",
        "wat vind vluchtelingwerk van de ind",
        "Wat is de beste pizza in Amsterdam?",
        "Moeten arbeidsmigranten beter beschermd worden?",
        "Wat wil de regering met de bed-bad-broodregeling?",
        "Wat vindt de SP van arbeidsmigratie?",
        "What does BIJ1 think about deportation?",
        "How does the PvdA view family reunification?",
        "What does the Dutch Council for Refugees say about reception centres?",
        "Compare BIJ1 and the coalition on border control",
        "Does PvdA agree with VluchtelingenWerk on child detention?",
        "BIJ1 wants to abolish the IND",
        "The coalition wants stricter rules for asylum seekers",
        "What is the weather in Utrecht tomorrow?",
        "How many asylum seekers arrived in 2022?",
        "What are your sources?",
        "What does the government plan for safe countries of origin?",
        "wht does bij1 wnt for refugess?",
        "What does Wilders want on migration?",
        "What is said about the deal between the EU and Turkey?",
        "Do the sources mention labour migrants and housing?",
        "What about undocumented people and health care?",
        "Tell me about language lessons for newcomers",
        "asiel",
        "Ik vroeg me af, nu er zoveel discussie is over de opvang in Ter Apel en de lange wachttijden bij de IND, wat de partijen eigenlijk concreet willen doen aan de duur van de procedure, de kwaliteit van de opvang voor kinderen en het tekort aan woningen voor statushouders in de gemeenten?",
        "<b>wat vindt bij1</b> @everyone van racisme & discriminatie?",
        "???",
    ];
}

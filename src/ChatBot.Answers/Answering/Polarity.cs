using System.Text.RegularExpressions;

namespace ChatBot.Answers.Answering;

/// <summary>
/// The direction of a statement: for or against what it names. A negation ("geen maximum", "no longer") and a word of
/// opposition ("tegen", "afschaffen", "abolish", "sluiten") each turn it around, so "BIJ1 wil Frontex afschaffen" and
/// "Frontex wordt opgeheven" agree, while "De PvdA was tegen de Turkije-deal" and a passage on the deal the PvdA made
/// do not. A claim and its evidence that point in different directions contradict.
/// </summary>
public static partial class Polarity
{
    [GeneratedRegex(@"\b(geen|niet|nooit|niets|niemand|nergens|no|not|never|none|nobody|nothing|without|zonder)\b|n't\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(tegen|against|oppose[sd]?|opposing|afschaff\w*|schaf\w*\b[^.;:]{0,40}\baf\b|abolish\w*|scrap\w*|schrap\w*|opgeheven|opheff\w*|heft\w* op|" +
                    @"verbied\w*|verbod\w*|ban|bans|banned|banning|afwijz\w*|wijst\w* af|reject\w*|sluit\w*|gesloten|close[sd]?|closing|" +
                    @"stop|stopt|stoppen|gestopt|stops|stopped|end|ends|ending|beëindig\w*|beperk\w*|restrict\w*|limit\w*|cap|caps|maximum|plafond)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Opposition();

    // Words that judge what they name as bad: "het voorstel … is zeer schadelijk" opposes the proposal.
    [GeneratedRegex(@"\b(schadelijk\w*|harmful|damaging|onwenselijk\w*|undesirable|zorgelijk\w*|worrying|onacceptabel\w*|onaanvaardbaar\w*|unacceptable|kwalijk\w*|" +
                    @"onrechtvaardig\w*|unjust|onmenselijk\w*|inhumane|inhuman|ontoelaatbaar\w*|onverantwoord\w*|irresponsible)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Disapproval();

    // "Niet zoals vroeger …, maar al in het azc": the negation belongs to what "maar" sets aside, not to the statement.
    [GeneratedRegex(@"\b(niet|not)\b[^.;:!?]*?\b(maar|but)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SetAside();

    /// <summary>True when the statement points against what it names (an odd number of turns).</summary>
    public static bool Negated(string text)
    {
        text = SetAside().Replace(text, " ");
        return (Negation().Count(text) + Opposition().Count(text) + Disapproval().Count(text)) % 2 == 1;
    }
}

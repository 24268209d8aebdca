using System.Text.RegularExpressions;

namespace ChatBot.Answers.Answering;

/// <summary>
/// The general signals of a question's kind, in Dutch and English: how people ask to check a claim ("klopt het dat …",
/// "… true?", "can you confirm …"), to hear from every source ("which sources …", "wie wil …", "alle bronnen"), and
/// for the list of documents itself. Signals, not phrasings of one question: each names a way of asking.
/// </summary>
public static partial class KindCues
{
    // A claim put to the bot: an explicit request for a verdict, a reported statement, or a tag question.
    [GeneratedRegex(@"\b(klopt (het|dat|dit)|klopt\b.*\?|(is|was) (het|dat|dit) (echt )?(waar|zo|correct|juist)|waar of (niet|onwaar)|\bwaar\s*\?|echt waar|" +
                    @"\btoch\s*\?*\s*$|\b(juist|correct|klopt)\s*\?|bevestig\w*|bewe(er|ren)\w*|(?<!\bwat\s)(zei|zegt|zeggen|zeiden|roept|riep) (net|zojuist|vandaag|dat)|werd (er )?(gezegd|beweerd)|" +
                    @"fact ?check\w*|feiten ?check\w*|ja of nee|ja/nee|" +
                    @"(is|was) (it|that|this) (really )?(true|right|correct|accurate|so)|\b(true|right|correct|accurate|legit)\s*\?|true or (false|not)|" +
                    @"can you (confirm|verify|check)|confirm\w*|verify|(?<!\bwhat\s\w{1,20}\s)(says|said|claims?|claimed|saying|claiming) that|just (said|claimed|told)|" +
                    @"yes or no|yes/no|did .{3,80} really|does .{3,80} really|^\s*claim\s*:|\bclaim\s*:)",
        RegexOptions.IgnoreCase)]
    private static partial Regex Check();

    // Every source, each judged on its own: "which sources mention …", "who wants …", "all sources on …".
    [GeneratedRegex(@"\b(welke (bronnen|partijen|partij|documenten)|wie (van hen |er )?(wil|willen|is|zijn|vindt|vinden|wilt|noemt|noemen|zegt|zeggen|zei|pleit|steunt|schreef)|" +
                    @"alle bronnen|(de|elke|iedere|verschillende) bronnen|in (de|alle) (documenten|bronnen)|" +
                    @"which (sources|parties|party|documents|of them)|who (wants?|is|are|supports?|says?|said|mentions?|backs?|favou?rs?|opposes?|wrote)|" +
                    @"all (the |your |of the )?(sources|documents|parties)|(the|each|every|different|various) sources|any (source|party|document)s?)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex AcrossSources();

    // The document list itself: "welke bronnen gebruik je?", "what are your sources?".
    [GeneratedRegex(@"\b(welke bronnen|wat zijn (je|jouw|de) bronnen|which sources|what sources|list (of )?(the |your )?sources|your sources|bronnenlijst|bronnen\?)")]
    private static partial Regex SourceList();

    // Words that name the act of asking about sources, not a topic: what is left after them decides list vs search.
    private static readonly HashSet<string> ListWords = new(StringComparer.Ordinal)
    {
        "bron", "bronnen", "source", "sources", "document", "documenten", "documents", "gebruik", "gebruikt", "gebruiken", "use", "used", "using",
        "citeer", "citeert", "cite", "quote", "heb", "hebt", "geladen", "loaded", "available", "beschikbaar", "list", "lijst", "je", "jij", "you",
    };

    public static bool IsCheck(string lower) => Check().IsMatch(lower);

    /// <summary>The claim without the words that put it to the bot ("klopt het dat", "true?"), for its direction.</summary>
    public static string Claim(string text) => Check().Replace(text, " ");

    public static bool IsAcrossSources(string lower) => AcrossSources().IsMatch(lower);

    /// <summary>A request for the document list: a sources cue and no topic besides.</summary>
    public static bool IsSourceList(string lower, IEnumerable<string> contentWords) =>
        SourceList().IsMatch(lower) && contentWords.All(ListWords.Contains);
}

using System.Text.RegularExpressions;
using ChatBot.Answers.Corpus;
using ChatBot.Answers.Model;
using ChatBot.Answers.Retrieval;

namespace ChatBot.Answers.Answering;

/// <summary>
/// Reads a question: its language, whom it is about (aliases from the manifest, absent parties from the lexicon),
/// what kind of answer it wants, and the words that carry its topic.
/// </summary>
public static partial class QuestionReader
{
    private static readonly HashSet<string> QuestionStarts = new(StringComparer.Ordinal)
    {
        "wat", "wie", "waar", "wanneer", "waarom", "hoe", "welke", "welk", "hoeveel", "is", "zijn", "heeft", "hebben", "wil",
        "willen", "kan", "kunnen", "mag", "mogen", "zegt", "zeggen", "vindt", "vinden", "doet", "gaat", "klopt", "tot", "aan",
        "what", "whats", "who", "where", "when", "why", "how", "which", "is", "are", "does", "do", "did", "can", "will",
        "would", "has", "have", "should", "could", "was", "were", "tell", "explain", "leg", "vertel", "in", "on", "about",
    };

    [GeneratedRegex(@"\b(vs\.?|versus|vergelijk\w*|verschil\w*|compare\w*|comparison|differ\w*|difference|agree|eens|zelfde|hetzelfde|same|tegenover)\b")]
    private static partial Regex CompareCue();

    [GeneratedRegex(@"\b(welke bronnen|wat zijn (je|jouw|de) bronnen|which sources|what sources|list (of )?(the |your )?sources|your sources|bronnenlijst|bronnen\?)")]
    private static partial Regex SourcesCue();

    [GeneratedRegex(@"\b(hoeveel|how many|how much|hoe veel|what number|welk aantal)\b")]
    private static partial Regex QuantityCue();

    [GeneratedRegex(@"\b(1[89]\d\d|20\d\d)\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(wanneer|wnr|when|what date|which date|welke datum|a date|een datum|what year|welk jaar)\b")]
    private static partial Regex DateCue();

    // A chat opener before the question ("hoi, …", "quick q: …", "yo bot, …"): a first segment of a few words, ended by
    // a comma, colon or dash, that carries no topic. Read without it, the question starts where the asker's does.
    [GeneratedRegex(@"^\s*(?<opener>[^,:;\-–—?]{1,30})[,:;\-–—]\s+")]
    private static partial Regex Opener();

    public static QuestionProfile Read(string text, QuestionKind? forcedKind, CorpusSnapshot corpus)
    {
        if (Opener().Match(text) is { Success: true } opener && Words.Split(opener.Groups["opener"].Value) is { Count: > 0 and <= 3 } openerWords
            && openerWords.All(corpus.Lexicon.IsFunctionWord) && opener.Length < text.Length)
        {
            text = text[opener.Length..];
        }

        var lower = text.ToLowerInvariant();
        var words = QuestionWords.Read(lower, corpus);
        var language = DetectLanguage(words, corpus);
        var refused = Lexicon.Lexicon.AnyMatch(corpus.Lexicon.Refusal, lower, onTimeout: true);

        var consumed = new bool[words.Count];
        var publishers = new List<string>();
        var absent = new List<string>();
        // Parties first, longest name first: a party reaches every passage by or about it, whoever published it.
        foreach (var (name, party) in corpus.Lexicon.Parties.QuestionNames)
        {
            if (!MarkPhrase(words, consumed, name, prefix: false, party.Cased ? VerbUse : null)
                && !MarkSkeleton(words, consumed, name, corpus.Lexicon)) continue;
            var list = corpus.Labels.Contains(party.Name) ? publishers : absent;
            if (!list.Contains(party.Name)) list.Add(party.Name);
        }

        foreach (var alias in corpus.Aliases)
        {
            if (MarkPhrase(words, consumed, alias.Words, prefix: alias.Alias.Length >= 5) && !publishers.Contains(alias.Publisher))
            {
                publishers.Add(alias.Publisher);
            }
        }

        // Documents described rather than named ("the ngo letter", "bij1 2023"), then the sides the question asks about.
        var references = DocumentReferences.Resolve(words, consumed, publishers, corpus);
        // "Wat vindt DENK van het regeerakkoord?" asks DENK, which no document speaks for or about: the document is the
        // topic, not a side to answer from.
        if (publishers.Count > 0 || absent.Count == 0) publishers.AddRange(references.AddedSides);

        // A question about the document itself ("aan wie is de brief gericht?") keeps its description as its topic.
        if (references.UsedWords.Count > 0 && words.Where((w, i) => !consumed[i]).All(corpus.Lexicon.IsFunctionWord))
        {
            foreach (var i in references.UsedWords) consumed[i] = false;
        }

        var content = words.Where((w, i) => !consumed[i]).ToList();
        // Numbers and years come from the words that are not names: "D66", "JA21" and "50PLUS" are parties, not figures.
        var free = string.Join(' ', content);
        var topical = content.Where(w => !corpus.Lexicon.IsFunctionWord(w)).ToList();
        var compareCue = CompareCue().IsMatch(lower);
        var sides = SideBuilder.Build(publishers, references.FilesBySide, compareCue, corpus);
        var names = sides.Select(s => s.Name).ToList();
        // Cues are read from the text as typed and as its words were meant ("wiewil" is "wie wil").
        var kind = forcedKind ?? DetectKind(lower + " \n " + string.Join(' ', words), words, names, topical, compareCue);
        return new QuestionProfile(text, language, kind, names, absent, content,
            QuantityCue().IsMatch(lower), [.. Year().Matches(free).Select(m => m.Value)], refused,
            Lexicon.Lexicon.AnyMatch(corpus.Lexicon.OffTopic, lower, onTimeout: false))
        {
            Sides = sides,
            TopicWords = topical,
            Numbers = [.. AskedFor.NumbersIn(free).Where(n => n.Length >= 2 && !Year().IsMatch(n)).Distinct()],
            AsksForDate = DateCue().IsMatch(lower),
            AsksForDuration = AskedFor.AsksDuration(lower),
            AcrossSources = kind == QuestionKind.Compare && publishers.Count == 0,
            Claim = kind == QuestionKind.Check ? KindCues.Claim(text) : text,
        };
    }

    private static QuestionKind DetectKind(string lower, IReadOnlyList<string> words, List<string> publishers, IReadOnlyList<string> topical, bool compareCue)
    {
        if (publishers.Count == 0 && KindCues.IsSourceList(lower, topical))
        {
            return QuestionKind.Sources;
        }

        if (KindCues.IsCheck(lower))
        {
            return QuestionKind.Check;
        }

        if (publishers.Count >= 2 || compareCue && publishers.Count >= 1)
        {
            return QuestionKind.Compare;
        }

        // "Which sources mention …", "who wants …": every source on its own, silent ones named.
        if (publishers.Count == 0 && KindCues.IsAcrossSources(lower))
        {
            return QuestionKind.Compare;
        }

        // A statement about a party, not a question, is a claim to check ("BIJ1 wil Frontex afschaffen"); chat
        // shorthand without a verb ("standpunt bij1 frontex", "CDA over integratie") is a question.
        var statement = !lower.Contains('?', StringComparison.Ordinal) && words.Count >= 3 && !QuestionStarts.Contains(words[0])
                        && !words.Any(Interrogatives.Contains) && (words.Any(ClaimVerbs.Contains) || words.Count >= 6);
        return statement && publishers.Count == 1 ? QuestionKind.Check : QuestionKind.Position;
    }

    private static readonly HashSet<string> Interrogatives = new(StringComparer.Ordinal)
    {
        "wat", "wie", "welke", "welk", "hoe", "waarom", "wanneer", "hoeveel", "what", "who", "which", "how", "why", "when", "whats",
    };

    /// <summary>Verbs that make a statement of a party's position: without one, a line of words is shorthand for a question.</summary>
    private static readonly HashSet<string> ClaimVerbs = new(StringComparer.Ordinal)
    {
        "wil", "willen", "wilt", "is", "zijn", "was", "waren", "heeft", "hebben", "had", "zegt", "zeggen", "zei", "vindt", "vinden", "steunt",
        "steunen", "moet", "moeten", "gaat", "gaan", "kan", "kunnen", "mag", "mogen", "schaft", "schaffen", "pleit", "pleiten", "staat", "stelt",
        "wants", "want", "wanted", "is", "are", "was", "were", "has", "have", "says", "said", "supports", "support", "backs", "should", "will",
        "would", "can", "may", "must", "opposes", "oppose", "promises", "promised", "calls", "plans", "aims", "favours", "favors", "rejects",
    };

    public static Language DetectLanguage(IReadOnlyList<string> words, CorpusSnapshot corpus)
    {
        double nl = 0, en = 0;
        var function = corpus.Lexicon.FunctionWords;
        foreach (var word in words)
        {
            var inNl = function[Language.Nl].Contains(word);
            var inEn = function[Language.En].Contains(word);
            if (inNl != inEn)
            {
                if (inNl) nl += 1; else en += 1;
                continue;
            }

            foreach (var entry in corpus.Translator.LookupExact(word))
            {
                var isNl = entry.Dutch.Contains(word);
                var isEn = entry.English.Contains(word);
                if (isNl != isEn)
                {
                    if (isNl) nl += 0.5; else en += 0.5;
                    break;
                }
            }
        }

        return nl > en ? Language.Nl : nl < en ? Language.En : words.Any(w => w.Contains("ij", StringComparison.Ordinal)) ? Language.Nl : Language.En;
    }

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "ik", "je", "jij", "u", "we", "wij", "jullie", "ze", "zij", "hij" };

    /// <summary>A party name that is also a verb ("wat denk je", "ik denk") is the verb next to a pronoun.</summary>
    private static bool VerbUse(IReadOnlyList<string> words, int i) =>
        i > 0 && Pronouns.Contains(words[i - 1]) || i + 1 < words.Count && Pronouns.Contains(words[i + 1]);

    /// <summary>
    /// A name of several words asked with other small words in between ("partij vd dieren" for "partij voor de
    /// dieren"): its first, last and other topic words in order, only function words between them; marks the whole span.
    /// </summary>
    private static bool MarkSkeleton(IReadOnlyList<string> words, bool[] consumed, IReadOnlyList<string> name, Lexicon.Lexicon lexicon)
    {
        if (name.Count < 3) return false;
        var parts = name.Where((w, k) => k == 0 || k == name.Count - 1 || !lexicon.IsFunctionWord(w)).ToList();
        for (var first = 0; first < words.Count; first++)
        {
            var at = first;
            var matched = words[at] == parts[0];
            foreach (var part in parts.Skip(1))
            {
                if (!matched) break;
                at++;
                while (at < words.Count && words[at] != part && lexicon.IsFunctionWord(words[at]) && at - first <= name.Count + 1) at++;
                matched = at < words.Count && words[at] == part;
            }

            if (!matched || Enumerable.Range(first, at - first + 1).Any(i => consumed[i])) continue;
            for (var i = first; i <= at; i++) consumed[i] = true;
            return true;
        }

        return false;
    }

    /// <summary>Marks the words of a phrase (or, for long aliases, words starting with it: "coalitieplan").</summary>
    private static bool MarkPhrase(IReadOnlyList<string> words, bool[] consumed, IReadOnlyList<string> parts, bool prefix,
        Func<IReadOnlyList<string>, int, bool>? reject = null)
    {
        if (parts.Count == 0) return false;
        var found = false;
        for (var i = 0; i + parts.Count <= words.Count; i++)
        {
            var match = true;
            for (var j = 0; j < parts.Count && match; j++)
            {
                var last = j == parts.Count - 1;
                match = words[i + j] == parts[j] || last && prefix && words[i + j].StartsWith(parts[j], StringComparison.Ordinal)
                        && words[i + j].Length <= parts[j].Length + 6;
            }

            if (match && parts.Count == 1 && reject?.Invoke(words, i) == true) match = false;
            if (match && Enumerable.Range(i, parts.Count).Any(k => consumed[k])) match = false;
            if (match)
            {
                for (var j = 0; j < parts.Count; j++) consumed[i + j] = true;
                found = true;
            }
        }

        return found;
    }
}

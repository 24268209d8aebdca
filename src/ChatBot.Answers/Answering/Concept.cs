namespace ChatBot.Answers.Answering;

/// <summary>
/// One thing a question is about ("food banks"), with every way to say it in either language. Each alternative is a
/// set of index terms that must all occur ("food" + "bank"; a compound's parts). <see cref="Terms"/> are what Lucene
/// searches for; Weight is the concept's rarity in the corpus; a concept no document mentions is not Known.
/// </summary>
public sealed record Concept(
    string Phrase,
    IReadOnlyList<IReadOnlyList<string>> Alternatives,
    IReadOnlyDictionary<string, float> Terms,
    float Weight,
    bool Known)
{
    public bool MatchedBy(IReadOnlySet<string> terms) => Alternatives.Any(a => a.All(terms.Contains));

    /// <summary>
    /// Words that count only as whole words, never as part of a compound: "minder" is not in "minderjarige", "meer" not
    /// in "meerderheid". Empty for ordinary concepts, whose compound parts do count ("gezin" in "gezinshereniging").
    /// </summary>
    public IReadOnlyList<string> WholeWords { get; init; } = [];

    /// <summary>True when a whole-word concept stands as a word in the text (always, for other concepts).</summary>
    public bool StandsIn(string text) => WholeWords.Count == 0
        || WholeWords.Any(w => System.Text.RegularExpressions.Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}]){System.Text.RegularExpressions.Regex.Escape(w)}(?![\p{{L}}\p{{N}}])",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant));
}

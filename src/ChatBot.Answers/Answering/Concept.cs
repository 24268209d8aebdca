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
}

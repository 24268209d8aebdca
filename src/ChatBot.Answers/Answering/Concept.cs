namespace ChatBot.Answers.Answering;

/// <summary>
/// One thing a question is about ("food banks"), with every index term that expresses it in either language
/// (voedselbank, foodbank …). Weight is its rarity in the corpus; a concept no document mentions is not Known.
/// </summary>
public sealed record Concept(string Phrase, IReadOnlyDictionary<string, float> Terms, float Weight, bool Known);

using ChatBot.Answers.Retrieval;

namespace ChatBot.Answers.Answering;

/// <summary>A retrieved passage with the share of the question it covers and its combined rank score.</summary>
public sealed record RankedPassage(IndexedPassage Indexed, double Coverage, double Score)
{
    public string Publisher => Indexed.Passage.Document.Publisher;
    public string File => Indexed.Passage.Document.File;
}

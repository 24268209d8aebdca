using ChatBot.Answers.Model;

namespace ChatBot.Answers.Answering;

/// <summary>What the service read from a question before searching.</summary>
public sealed record QuestionProfile(
    string Text,
    Language Language,
    QuestionKind Kind,
    IReadOnlyList<string> Publishers,
    IReadOnlyList<string> AbsentParties,
    IReadOnlyList<string> ContentWords,
    bool AsksForQuantity,
    IReadOnlyList<string> Years,
    bool Refused,
    bool OffTopic = false)
{
    /// <summary>Numbers the question states (not years): "15.000", "30%" — an answer must contain them.</summary>
    public IReadOnlyList<string> Numbers { get; init; } = [];

    /// <summary>The sides the question asks about, each searched and judged on its own; empty when it names none.</summary>
    public IReadOnlyList<AnswerSide> Sides { get; init; } = [];

    /// <summary>"Wanneer …", "per wanneer", "when exactly": an answer must give a date.</summary>
    public bool AsksForDate { get; init; }

    /// <summary>"Hoe lang …", "how many years …": a duration counts as the number asked for.</summary>
    public bool AsksForDuration { get; init; }

    /// <summary>The question's topic words: what is left when names, descriptions and function words are taken out.</summary>
    public IReadOnlyList<string> TopicWords { get; init; } = [];

    /// <summary>"Which sources mention …", "who wants …": a comparison of every source, each judged on its own.</summary>
    public bool AcrossSources { get; init; }

    /// <summary>A claim check's claim without the words that put it ("klopt het dat", "true?"): what its direction is read from.</summary>
    public string Claim { get; init; } = Text;
}

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

    /// <summary>Reporters named beside a party ("wat wil de SP volgens dat RefugeeHelp-stuk"): only their passages count.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>"Wanneer …", "per wanneer", "when exactly": an answer must give a date.</summary>
    public bool AsksForDate { get; init; }
}

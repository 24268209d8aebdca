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
    bool OffTopic = false);

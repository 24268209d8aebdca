using System.Text.Json.Serialization;

namespace ChatBot.Answers.Model;

/// <summary>Why the bot did not answer: "no answer" is a value, not an exception.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AbstainReason>))]
public enum AbstainReason
{
    [JsonStringEnumMemberName("empty_question")] EmptyQuestion,
    [JsonStringEnumMemberName("question_too_long")] QuestionTooLong,
    [JsonStringEnumMemberName("not_in_sources")] NotInSources,
    [JsonStringEnumMemberName("unknown_party")] UnknownParty,
    [JsonStringEnumMemberName("off_topic")] OffTopic,
    [JsonStringEnumMemberName("refused")] Refused,
}

using System.Text.Json.Serialization;

namespace ChatBot.Answers.Model;

/// <summary>What the asker wants: chat commands (/ask, /compare, /check, /sources) map onto these.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<QuestionKind>))]
public enum QuestionKind
{
    [JsonStringEnumMemberName("position")] Position,
    [JsonStringEnumMemberName("compare")] Compare,
    [JsonStringEnumMemberName("check")] Check,
    [JsonStringEnumMemberName("sources")] Sources,
}

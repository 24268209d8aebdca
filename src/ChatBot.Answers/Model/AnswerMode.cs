using System.Text.Json.Serialization;

namespace ChatBot.Answers.Model;

/// <summary>Which engine produced the reply; the reply says so.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AnswerMode>))]
public enum AnswerMode
{
    [JsonStringEnumMemberName("extractive")] Extractive,
    [JsonStringEnumMemberName("llm")] Llm,
}

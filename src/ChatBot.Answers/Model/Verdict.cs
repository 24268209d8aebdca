using System.Text.Json.Serialization;

namespace ChatBot.Answers.Model;

/// <summary>Outcome of a claim check; absent (null on the answer) when the evidence is not clear.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Verdict>))]
public enum Verdict
{
    [JsonStringEnumMemberName("supported")] Supported,
    [JsonStringEnumMemberName("contradicted")] Contradicted,
    [JsonStringEnumMemberName("not_in_sources")] NotInSources,
}

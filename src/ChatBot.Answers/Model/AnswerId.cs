using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.Answers.Model;

/// <summary>Identifies one answer across platforms, pins and the audit trail.</summary>
[JsonConverter(typeof(AnswerIdJsonConverter))]
public readonly record struct AnswerId(Guid Value)
{
    public static AnswerId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString("N");
    public static bool TryParse(string? text, out AnswerId id)
    {
        var ok = Guid.TryParse(text, out var g);
        id = new AnswerId(g);
        return ok;
    }
}

internal sealed class AnswerIdJsonConverter : JsonConverter<AnswerId>
{
    public override AnswerId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        AnswerId.TryParse(reader.GetString(), out var id) ? id : throw new JsonException("answer_id is not a GUID");

    public override void Write(Utf8JsonWriter writer, AnswerId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}

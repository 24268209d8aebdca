using System.Globalization;
using ChatBot.Answers.Model;

namespace ChatBot.Telegram.Callbacks;

/// <summary>What a button press asks for. Encoded as "pin:{id}" or "more:{id}:{page}": at most 44 of the 64 bytes allowed.</summary>
internal abstract record CallbackData(AnswerId AnswerId)
{
    public abstract string Encode();

    public static CallbackData? Parse(string? data)
    {
        var parts = (data ?? string.Empty).Split(':');
        return parts switch
        {
            ["pin", var id] when AnswerId.TryParse(id, out var answerId) => new PinCallback(answerId),
            ["more", var id, var page] when AnswerId.TryParse(id, out var answerId)
                && int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index is > 0 and < 100
                => new MoreCallback(answerId, index),
            _ => null,
        };
    }
}

internal sealed record PinCallback(AnswerId AnswerId) : CallbackData(AnswerId)
{
    public override string Encode() => $"pin:{AnswerId}";
}

/// <summary>Send page <see cref="Page"/> (0-based) of a cached answer.</summary>
internal sealed record MoreCallback(AnswerId AnswerId, int Page) : CallbackData(AnswerId)
{
    public override string Encode() => string.Create(CultureInfo.InvariantCulture, $"more:{AnswerId}:{Page}");
}

using System.ComponentModel.DataAnnotations;

namespace ChatBot.Answers.Operations;

/// <summary>Section "RateLimits": token buckets per user and per chat.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    [Range(1, 10_000)] public int PerUserPerMinute { get; set; } = 10;
    [Range(1, 100_000)] public int PerChatPerMinute { get; set; } = 60;
}

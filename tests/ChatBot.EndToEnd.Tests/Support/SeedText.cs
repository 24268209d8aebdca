using System.Security.Cryptography;
using System.Text;
using ChatBot.Answers.Corpus.Segmentation;
using ChatBot.Telegram.Tests.FakeBotApi;

namespace ChatBot.EndToEnd.Tests.Support;

/// <summary>What a citation must match: the document's own bytes, hashed and read independently of the bot.</summary>
internal static class SeedText
{
    public static string Read(string folder, string file) => File.ReadAllText(Path.Combine(folder, file), Encoding.UTF8);

    /// <summary>The corpus loader's content hash: the first 16 hex digits of SHA-256 over the file's bytes.</summary>
    public static string ContentHash(string folder, string file) =>
        Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, file))))[..16];

    /// <summary>The text of every (expandable) blockquote in a message: where the renderer puts quotes.</summary>
    public static IReadOnlyList<string> Blockquotes(FakeMessage message) =>
        [.. message.Entities.Where(e => e.Type is "blockquote" or "expandable_blockquote").Select(e => message.Text.Substring(e.Offset, e.Length))];

    /// <summary>Quote fragments (joined with " … " by the answer service), whitespace folded as the quote shows them.</summary>
    public static IReadOnlyList<string> Fragments(string quote) =>
        [.. quote.Split('…', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(f => Whitespace.Fold(f.Trim('“', '”', '"')))];

    public static string Fold(string text) => Whitespace.Fold(text);
}

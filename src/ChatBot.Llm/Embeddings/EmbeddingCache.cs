using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ChatBot.Llm.Embeddings;

/// <summary>
/// Passage embeddings on disk, one file per model, keyed by a hash of the passage text: a restart re-embeds
/// nothing, and a changed document re-embeds only its changed passages.
/// </summary>
internal sealed class EmbeddingCache(string folder, string model)
{
    private string FilePath => Path.Combine(folder, $"{Sanitize(model)}.embeddings.json");

    public static string KeyOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public async Task<Dictionary<string, float[]>> LoadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(FilePath))
        {
            return new Dictionary<string, float[]>(StringComparer.Ordinal);
        }

        try
        {
            await using var stream = File.OpenRead(FilePath);
            var stored = await JsonSerializer.DeserializeAsync<Dictionary<string, float[]>>(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
            return stored is null ? new(StringComparer.Ordinal) : new(stored, StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            // A damaged cache is only lost work: start again rather than fail.
            return new Dictionary<string, float[]>(StringComparer.Ordinal);
        }
    }

    public async Task SaveAsync(IReadOnlyDictionary<string, float[]> vectors, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var temporary = FilePath + ".tmp";
        await using (var stream = File.Create(temporary))
        {
            await JsonSerializer.SerializeAsync(stream, vectors, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        File.Move(temporary, FilePath, overwrite: true);
    }

    private static string Sanitize(string name) =>
        string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_'));
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ChatBot.Answers.Corpus;

namespace ChatBot.Answers.Retrieval.Store;

/// <summary>Names a saved index: what must be unchanged for it to be opened instead of rebuilt.</summary>
public static class IndexVersion
{
    /// <summary>The version of a corpus: engine build, lexicon files, and every document's manifest entry and content.</summary>
    public static string Of(IReadOnlyList<SourceDocument> documents, Lexicon.Lexicon lexicon)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string value) => hash.AppendData(Encoding.UTF8.GetBytes(value + "\0"));
        Add("passage-index/1");
        Add(typeof(IndexVersion).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add(lexicon.Fingerprint);
        foreach (var d in documents)
        {
            Add(JsonSerializer.Serialize(d.Info));
            Add(string.Join('|', d.PartyAliases));
            Add(string.Join('|', d.SpeaksFor));
            Add(d.Format.ToString());
            Add(d.Text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }
}

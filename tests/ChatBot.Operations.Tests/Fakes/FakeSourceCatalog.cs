using ChatBot.Answers;
using ChatBot.Answers.Model;

namespace ChatBot.Operations.Tests.Fakes;

/// <summary>A catalog whose document list the test swaps, as a live reload would.</summary>
internal sealed class FakeSourceCatalog : ISourceCatalog
{
    public IReadOnlyList<SourceDocumentInfo> Documents { get; set; } =
    [
        Document("vvd-2023.md", "a1b2c3d4e5f60718"),
        Document("glpvda-2023.md", "ffee001122334455"),
    ];

    public static SourceDocumentInfo Document(string file, string hash) =>
        new(file, "VVD", "Verkiezingsprogramma", Language.Nl, "2023-09-01", false, "programme", null, hash);
}

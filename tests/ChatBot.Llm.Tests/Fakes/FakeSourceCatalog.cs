using ChatBot.Answers;
using ChatBot.Answers.Model;

namespace ChatBot.Llm.Tests.Fakes;

public sealed class FakeSourceCatalog : ISourceCatalog
{
    public IReadOnlyList<SourceDocumentInfo> Documents => TestCorpus.Catalog;
}

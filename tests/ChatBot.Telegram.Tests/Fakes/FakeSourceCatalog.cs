using ChatBot.Answers;
using ChatBot.Answers.Model;

namespace ChatBot.Telegram.Tests.Fakes;

internal sealed class FakeSourceCatalog(IReadOnlyList<SourceDocumentInfo> documents) : ISourceCatalog
{
    public IReadOnlyList<SourceDocumentInfo> Documents => documents;
}

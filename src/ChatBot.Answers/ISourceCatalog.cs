using ChatBot.Answers.Model;

namespace ChatBot.Answers;

/// <summary>The documents currently loaded (for /sources, footers and the audit trail's corpus version).</summary>
public interface ISourceCatalog
{
    IReadOnlyList<SourceDocumentInfo> Documents { get; }
}

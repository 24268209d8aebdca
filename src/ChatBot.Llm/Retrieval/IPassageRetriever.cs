namespace ChatBot.Llm.Retrieval;

/// <summary>
/// Finds the passages a language-model answer may draw on. Implemented over the real index by ChatBot.Answers;
/// results are best first and every offset is absolute in the document's stored text.
/// </summary>
public interface IPassageRetriever
{
    Task<IReadOnlyList<RetrievedPassage>> RetrieveAsync(string query, int count, CancellationToken cancellationToken);
}

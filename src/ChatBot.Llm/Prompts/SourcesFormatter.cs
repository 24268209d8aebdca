using System.Globalization;
using System.Text;
using ChatBot.Llm.Retrieval;

namespace ChatBot.Llm.Prompts;

/// <summary>
/// Renders retrieved passages as numbered sources for the prompt: passage S{n} with sentences S{n}.{m}. The model
/// cites these ids; the service maps them back to stored text and offsets.
/// </summary>
internal static class SourcesFormatter
{
    public static string Format(IReadOnlyList<RetrievedPassage> passages)
    {
        var text = new StringBuilder();
        for (var p = 0; p < passages.Count; p++)
        {
            var passage = passages[p];
            text.Append(CultureInfo.InvariantCulture, $"[S{p + 1}] {passage.Publisher} — {passage.Title}");
            if (!string.IsNullOrEmpty(passage.Date))
            {
                text.Append(CultureInfo.InvariantCulture, $" ({passage.Date})");
            }

            if (!string.IsNullOrEmpty(passage.Section))
            {
                text.Append(CultureInfo.InvariantCulture, $" § {passage.Section}");
            }

            text.AppendLine();
            for (var s = 0; s < passage.Sentences.Count; s++)
            {
                var (start, end) = passage.Sentences[s];
                var sentence = Collapse(passage.Slice(start, end));
                text.AppendLine(CultureInfo.InvariantCulture, $"[S{p + 1}.{s + 1}] {sentence}");
            }

            text.AppendLine();
        }

        return text.ToString().TrimEnd();
    }

    // Line breaks inside a sentence would blur the one-sentence-per-line layout the ids rely on.
    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

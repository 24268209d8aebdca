using System.Text;

namespace ChatBot.Answers.Corpus.Segmentation;

/// <summary>Folds whitespace runs to one space: how a quote shows text that was hard-wrapped in the file.</summary>
public static class Whitespace
{
    public static string Fold(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}

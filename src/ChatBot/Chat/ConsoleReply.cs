using ChatBot.Answers.Model;

namespace ChatBot.Host.Chat;

/// <summary>The reply as the console shows it: the answer text, then the link of each quote in citation order.</summary>
internal static class ConsoleReply
{
    public static string Render(Answer answer)
    {
        var links = answer.Citations.Where(c => c.Link is not null).ToList();
        if (links.Count == 0)
        {
            return answer.Text;
        }

        var heading = answer.Language == Language.Nl ? "Open de citaten:" : "Open the quotes:";
        return answer.Text + "\n\n" + heading + "\n" + string.Join('\n', links.Select((c, i) => $"[{i + 1}] {c.Publisher}, {c.File}: {c.Link}"));
    }
}

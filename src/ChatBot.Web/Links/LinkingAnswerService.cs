using ChatBot.Answers;
using ChatBot.Answers.Model;

namespace ChatBot.Web.Links;

/// <summary>Gives every citation of an answer its <see cref="Citation.Link"/>; the answer is otherwise untouched.</summary>
internal sealed class LinkingAnswerService(IAnswerService inner, CitationLinkBuilder links) : IAnswerService
{
    public async Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        var answer = await inner.AnswerAsync(request, cancellationToken).ConfigureAwait(false);
        if (answer.Sources.Count == 0)
        {
            return answer;
        }

        return answer with
        {
            Sources = [.. answer.Sources.Select(s => s with { Quotes = [.. s.Quotes.Select(q => q with { Link = links.For(q) })] })],
        };
    }
}

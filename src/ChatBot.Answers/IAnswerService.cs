using ChatBot.Answers.Model;

namespace ChatBot.Answers;

/// <summary>Answers one question. Never throws for bad input: an unusable question yields an abstained answer.</summary>
public interface IAnswerService
{
    Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken);
}

using ChatBot.Answers;
using ChatBot.Answers.Model;

namespace ChatBot.Operations.Tests.Fakes;

/// <summary>Answers every question with <see cref="SampleAnswers.Position"/> for that question.</summary>
internal sealed class FakeAnswerService : IAnswerService
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return Task.FromResult(SampleAnswers.Position(request.Question));
    }
}

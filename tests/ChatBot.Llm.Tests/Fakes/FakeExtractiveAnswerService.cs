using System.Collections.Concurrent;
using ChatBot.Answers;
using ChatBot.Answers.Model;

namespace ChatBot.Llm.Tests.Fakes;

/// <summary>Stands in for the extractive service: a realistic answer quoting the BIJ1 passage, or an abstention.</summary>
public sealed class FakeExtractiveAnswerService(AbstainReason? abstain = null, QuestionKind detectedKind = QuestionKind.Position) : IAnswerService
{
    public const string SummaryText = "BIJ1 zegt:";

    public ConcurrentQueue<AnswerRequest> Requests { get; } = new();

    public Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        var passage = TestCorpus.Bij1;
        var (start, end) = passage.Sentences[1];
        var citation = new Citation(passage.File, passage.Slice(start, end), start, end, passage.Publisher, passage.Title,
            passage.Date, passage.Section, null, Language.Nl, "hash-bij1");
        return Task.FromResult(new Answer
        {
            AnswerId = AnswerId.New(),
            Question = request.Question,
            Language = request.Question.Contains("What", StringComparison.OrdinalIgnoreCase) ? Language.En : Language.Nl,
            Kind = request.Kind ?? detectedKind,
            Mode = AnswerMode.Extractive,
            Abstained = abstain is not null,
            AbstainReason = abstain,
            Text = abstain is null ? $"{SummaryText}\n“{citation.Quote}”" : "De bronnen zeggen hier niets over.",
            Summary = abstain is null ? SummaryText : "De bronnen zeggen hier niets over.",
            Sources = abstain is null ? [new SourceAnswer(passage.Publisher, [citation])] : [],
        });
    }
}

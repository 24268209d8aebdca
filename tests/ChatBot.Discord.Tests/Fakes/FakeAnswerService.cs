using System.Collections.Concurrent;
using ChatBot.Answers;
using ChatBot.Answers.Model;

namespace ChatBot.Discord.Tests.Fakes;

/// <summary>Realistic cited answers (Dutch quotes with &lt;, &amp;, markdown characters), recording every request.</summary>
public sealed class FakeAnswerService : IAnswerService
{
    public ConcurrentQueue<AnswerRequest> Requests { get; } = new();

    /// <summary>Questions containing this text make the service throw (it should not, but the adapter must cope).</summary>
    public string? ThrowOn { get; set; }

    /// <summary>How long each answer takes (a slow language model); zero answers at once.</summary>
    public TimeSpan Delay { get; set; }

    public async Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        if (ThrowOn is { } marker && request.Question.Contains(marker, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("answer service broke");
        }

        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, cancellationToken);
        }

        return SampleAnswers.Cited(request.Question, request.Kind ?? QuestionKind.Position);
    }
}

public static class SampleAnswers
{
    public static Citation Quote(string publisher, string quote, string? date = "2023-10-01", string section = "4.2 Asiel") => new(
        $"{publisher.ToLowerInvariant()}.md", quote, 100, 100 + quote.Length, publisher, $"Verkiezingsprogramma {publisher} 2023",
        date, section, null, Language.Nl, "sha256:abc");

    public static Answer Cited(string question, QuestionKind kind = QuestionKind.Position) => new()
    {
        AnswerId = AnswerId.New(),
        Question = question,
        Language = Language.Nl,
        Kind = kind,
        Abstained = false,
        Summary = "Wat de partijen zeggen:",
        Text = "VVD: \"We beperken gezinshereniging\" …",
        Sources =
        [
            new SourceAnswer("VVD", [
                Quote("VVD", "We beperken gezinshereniging tot het kerngezin & stellen eisen aan inkomen (< 100% WML is onvoldoende)."),
                Quote("VVD", "Asielzoekers *zonder* kans op een verblijfsvergunning worden snel teruggestuurd."),
            ]),
            new SourceAnswer("GL-PvdA", [Quote("GL-PvdA", "Iedereen die vlucht voor oorlog verdient een veilig_heenkomen.", "2023-09-15", "Hoofdstuk 7")]),
        ],
    };

    public static Answer Abstained(string question) => new()
    {
        AnswerId = AnswerId.New(),
        Question = question,
        Language = Language.Nl,
        Kind = QuestionKind.Position,
        Abstained = true,
        AbstainReason = AbstainReason.NotInSources,
        Summary = "De bronnen zeggen hier niets over.",
        Text = "De bronnen zeggen hier niets over.",
    };
}

using System.Collections.Concurrent;
using ChatBot.Answers;
using ChatBot.Answers.Model;

namespace ChatBot.Telegram.Tests.Fakes;

/// <summary>
/// Answers like the real service would: a lead, one or more publishers with verbatim Dutch quotes (with &lt; and &amp;
/// in them), full citations. Records every request. "long" in the question yields an answer of several pages.
/// </summary>
internal sealed class FakeAnswerService(TimeSpan? delay = null) : IAnswerService
{
    private readonly ConcurrentQueue<AnswerRequest> _requests = new();

    public IReadOnlyList<AnswerRequest> Requests => [.. _requests];

    public Func<AnswerRequest, Answer>? Override { get; set; }

    public async Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        _requests.Enqueue(request);
        if (delay is { } wait)
        {
            await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
        }

        if (Override is { } custom)
        {
            return custom(request);
        }

        var sources = request.Question.Contains("long", StringComparison.OrdinalIgnoreCase)
            ? Enumerable.Range(1, 8).Select(i => Source($"Partij {i}", 3, 600)).ToList()
            : [Source("VVD", 1, 80), Source("BIJ1", 2, 400)];
        return new Answer
        {
            AnswerId = AnswerId.New(),
            Question = request.Question,
            Language = Language.Nl,
            Kind = request.Kind ?? QuestionKind.Position,
            Mode = AnswerMode.Extractive,
            Abstained = false,
            Verdict = request.Kind == QuestionKind.Check ? Verdict.Supported : null,
            Summary = "Wat de partijen zeggen over gezinshereniging:",
            Text = "Wat de partijen zeggen over gezinshereniging: …",
            Sources = sources,
        };
    }

    public static Citation Quote(string publisher, int length, int index = 0)
    {
        const string Sentence = "Gezinshereniging wordt beperkt tot het kerngezin & de wachttijd is < 2 jaar voor statushouders. ";
        var text = string.Concat(Enumerable.Repeat(Sentence, (length / Sentence.Length) + 1))[..length].Trim();
        return new Citation(
            File: $"{publisher.ToLowerInvariant().Replace(' ', '-')}.txt",
            Quote: text,
            Start: index * 1000,
            End: index * 1000 + text.Length,
            Publisher: publisher,
            Title: $"Verkiezingsprogramma {publisher} 2025–2029",
            Date: "2025-08-30",
            Section: "3.2 Asiel & migratie",
            Url: "https://example.org/programma?a=1&b=2",
            DocumentLanguage: Language.Nl,
            ContentHash: "sha256:0123456789abcdef");
    }

    private static SourceAnswer Source(string publisher, int quotes, int length) =>
        new(publisher, [.. Enumerable.Range(0, quotes).Select(i => Quote(publisher, length, i))]);
}

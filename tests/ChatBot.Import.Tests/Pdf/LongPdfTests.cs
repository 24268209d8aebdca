using ChatBot.Answers.Model;
using ChatBot.Import.Tests.Support;

namespace ChatBot.Import.Tests.Pdf;

/// <summary>
/// A 100-page programme made by the test: every heading, paragraph and bullet comes through whole, and the engine
/// answers from it. Its import time is measured outside the tests (README, Speed): set CHATBOT_SAVE_TEST_PDF to a
/// folder and this test leaves the PDF there for `ChatBot import` to be timed on.
/// </summary>
public sealed class LongPdfTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task A_hundred_page_programme_keeps_every_heading_paragraph_and_bullet_whole_and_answers_questions()
    {
        var programme = new LongProgramme(100);
        if (Environment.GetEnvironmentVariable("CHATBOT_SAVE_TEST_PDF") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            await File.WriteAllBytesAsync(Path.Combine(keep, "programma-100.pdf"), programme.Bytes);
        }

        var report = await _workspace.ImportAsync(_workspace.Input("programma-100.pdf", programme.Bytes), new ImportOptions { Publisher = "PvdD" });

        var printed = (await File.ReadAllTextAsync(report.Documents[0].Path)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var lines = printed.ToHashSet(StringComparer.Ordinal);
        Assert.True(programme.BrokenWords > 50, $"only {programme.BrokenWords} words broken across lines");
        var missing = programme.Headings.Concat(programme.Paragraphs).Concat(programme.Bullets.Select(b => "• " + b)).Where(l => !lines.Contains(l)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} lines not whole, e.g.:\n{string.Join('\n', missing.Take(3))}\nclosest:\n{string.Join('\n', lines.Where(l => missing.Count > 0 && l.StartsWith(missing[0][..20], StringComparison.Ordinal)))}");
        Assert.DoesNotContain(lines, l => l.Contains(LongProgramme.Header, StringComparison.Ordinal) || int.TryParse(l, out _));
        Assert.Equal(100 * 8, printed.Length); // heading, three paragraphs, the lead-in and three bullets per page

        await using var bot = await BotWeb.StartAsync(_workspace.Corpus);
        var answer = await bot.Answers.AnswerAsync(AnswerRequest.FromCli("Wat wil de Partij voor de Dieren met gezinshereniging?"), CancellationToken.None);
        Assert.False(answer.Abstained, answer.Text);
        Assert.All(answer.Citations, c => Assert.Contains("gezinshereniging", c.Quote, StringComparison.OrdinalIgnoreCase));
    }
}

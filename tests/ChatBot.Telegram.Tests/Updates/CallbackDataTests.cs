using System.Text;
using ChatBot.Answers.Model;
using ChatBot.Telegram.Callbacks;

namespace ChatBot.Telegram.Tests.Updates;

public sealed class CallbackDataTests
{
    [Fact]
    public void Callback_data_fits_telegrams_64_bytes_and_round_trips()
    {
        var id = AnswerId.New();
        CallbackData[] all = [new PinCallback(id), new MoreCallback(id, 99)];

        Assert.All(all, d => Assert.True(Encoding.UTF8.GetByteCount(d.Encode()) <= 64));
        Assert.All(all, d => Assert.Equal(d, CallbackData.Parse(d.Encode())));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("pin:not-a-guid")]
    [InlineData("more:0123456789abcdef0123456789abcdef:-1")]
    [InlineData("delete:0123456789abcdef0123456789abcdef")]
    public void Unknown_or_malformed_callback_data_is_not_understood(string? data) => Assert.Null(CallbackData.Parse(data));

    [Fact]
    public void The_answer_cache_forgets_the_oldest_answers_first()
    {
        var cache = new AnswerCache(capacity: 2);
        var answers = Enumerable.Range(0, 3).Select(_ => new CachedAnswer(
            new Answer { AnswerId = AnswerId.New(), Question = "q", Language = Language.Nl, Kind = QuestionKind.Position, Abstained = false, Text = "t", Summary = "s" },
            ["page"])).ToList();

        answers.ForEach(cache.Add);

        Assert.Null(cache.Find(answers[0].Answer.AnswerId));
        Assert.NotNull(cache.Find(answers[2].Answer.AnswerId));
        Assert.Equal(2, cache.Count);
    }
}

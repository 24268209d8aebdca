using ChatBot.Answers.Answering;
using ChatBot.Answers.Conversations;
using ChatBot.Answers.Model;
using ChatBot.Answers.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Answers.Tests.Conversations;

/// <summary>Follow-ups read in the light of the asker's last turn, only where they need it, never across askers.</summary>
[Collection(SeedCorpusCollection.Name)]
public sealed class FollowUpTests(SeedCorpusFixture seeds)
{
    private static readonly Conversation Anna = new("telegram", "group-1", "anna");
    private static readonly Conversation Bram = new("telegram", "group-1", "bram");

    private ExtractiveAnswerService NewService() => new(new FixedCorpusProvider(seeds.Snapshot), Options.Create(new AnswersOptions()),
        NullLogger<ExtractiveAnswerService>.Instance, memory: new ConversationMemory(TimeProvider.System));

    [Theory]
    [InlineData("wat vindt BIJ1 van vreemdelingendetentie?", "en de PvdA?", "004")]
    [InlineData("what does bij1 want with immigration detention?", "and the pvda?", "004")]
    [InlineData("wat vindt de pvda van vreemdelingendetentie?", "wat zegt bij1 daarover?", "00")]
    public async Task Another_side_on_the_same_topic_takes_the_topic_from_before_and_says_so(string first, string followUp, string file)
    {
        // Arrange
        var service = NewService();
        await service.AnswerAsync(new AnswerRequest(first, Anna), CancellationToken.None);

        // Act
        var answer = await service.AnswerAsync(new AnswerRequest(followUp, Anna), CancellationToken.None);

        // Assert
        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains(answer.Citations, c => c.File.StartsWith(file, StringComparison.Ordinal));
        Assert.Contains("detent", answer.Text.Split('\n')[0], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_new_self_contained_question_inherits_nothing()
    {
        // Arrange
        var service = NewService();
        await service.AnswerAsync(new AnswerRequest("wat vindt bij1 van frontex?", Anna), CancellationToken.None);

        // Act
        var answer = await service.AnswerAsync(new AnswerRequest("wat wil de pvda met het kinderpardon?", Anna), CancellationToken.None);

        // Assert
        Assert.All(answer.Sources, s => Assert.Equal("PvdA", s.Publisher));
        Assert.DoesNotContain("vorige vraag", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("waarom?")]
    [InlineData("stond dat ook in hun oude programma?")]
    public async Task A_question_about_the_last_answer_keeps_its_side_and_topic(string followUp)
    {
        // Arrange
        var service = NewService();
        await service.AnswerAsync(new AnswerRequest("wat vindt BIJ1 van vreemdelingendetentie?", Anna), CancellationToken.None);

        // Act
        var answer = await service.AnswerAsync(new AnswerRequest(followUp, Anna), CancellationToken.None);

        // Assert
        Assert.False(answer.Abstained, answer.Text);
        Assert.All(answer.Citations, c => Assert.StartsWith("00", c.File, StringComparison.Ordinal));
        Assert.All(answer.Sources, s => Assert.Equal("BIJ1", s.Publisher));
    }

    [Fact]
    public async Task A_party_without_documents_asked_next_is_not_answered_with_the_last_sides()
    {
        // Arrange
        var service = NewService();
        await service.AnswerAsync(new AnswerRequest("wat vindt BIJ1 van vreemdelingendetentie?", Anna), CancellationToken.None);

        // Act
        var answer = await service.AnswerAsync(new AnswerRequest("en wat vindt de pvv daarvan?", Anna), CancellationToken.None);

        // Assert
        Assert.True(answer.Abstained);
        Assert.Equal(AbstainReason.UnknownParty, answer.AbstainReason);
    }

    [Fact]
    public async Task Two_askers_in_one_group_do_not_share_a_memory()
    {
        // Arrange
        var service = NewService();
        await service.AnswerAsync(new AnswerRequest("wat vindt BIJ1 van vreemdelingendetentie?", Anna), CancellationToken.None);

        // Act
        var answer = await service.AnswerAsync(new AnswerRequest("en de PvdA?", Bram), CancellationToken.None);

        // Assert: Bram never asked about detention.
        Assert.True(answer.Abstained);
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public async Task One_shot_questions_from_the_command_line_stand_alone()
    {
        // Arrange
        var service = NewService();
        await service.AnswerAsync(AnswerRequest.FromCli("wat vindt BIJ1 van vreemdelingendetentie?"), CancellationToken.None);

        // Act
        var answer = await service.AnswerAsync(AnswerRequest.FromCli("en de PvdA?"), CancellationToken.None);

        // Assert
        Assert.True(answer.Abstained);
    }

    [Fact]
    public void A_turn_older_than_the_memory_keeps_is_forgotten()
    {
        // Arrange
        var time = new ManualTime(DateTimeOffset.Parse("2026-12-08T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var memory = new ConversationMemory(time);
        memory.Remember(Anna, [new AnswerSide("BIJ1", ["BIJ1"], null)], ["detentie"]);

        // Act
        time.Now += ConversationMemory.MaxAge + TimeSpan.FromSeconds(1);

        // Assert
        Assert.Null(memory.Last(Anna));
    }

    private sealed class ManualTime(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}

using System.Text.RegularExpressions;

namespace ChatBot.Answers.Tests.Corpus;

/// <summary>A navigation pattern that runs out of time must not fail a corpus build: the line is kept as text.</summary>
public sealed class NavigationTimeoutTests
{
    [Fact]
    public void A_navigation_pattern_that_times_out_counts_as_no_match()
    {
        // Arrange: a pattern with catastrophic backtracking and a tiny timeout.
        var slow = new Regex("^(a+)+$", RegexOptions.None, TimeSpan.FromMilliseconds(1));
        var lexicon = ChatBot.Answers.Lexicon.Lexicon.Empty with { Navigation = [slow] };
        var line = new string('a', 40) + "!";

        // Act
        var navigation = lexicon.IsNavigation(line);

        // Assert
        Assert.False(navigation);
    }
}

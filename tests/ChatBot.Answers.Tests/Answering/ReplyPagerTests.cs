using ChatBot.Answers.Answering;

namespace ChatBot.Answers.Tests.Answering;

public sealed class ReplyPagerTests
{
    [Fact]
    public void A_reply_within_the_limit_is_one_unchanged_page()
    {
        // Arrange
        const string reply = "BIJ1 says:\n\n“Voedselbanken worden toegankelijk voor ongedocumenteerde mensen.”";

        // Act
        var pages = ReplyPager.Pages(reply, 2000);

        // Assert
        Assert.Equal([reply], pages);
    }

    [Fact]
    public void An_empty_reply_is_one_empty_page()
    {
        // Act
        var pages = ReplyPager.Pages("", 300);

        // Assert
        Assert.Equal([""], pages);
    }

    [Theory]
    [InlineData(300)]
    [InlineData(1000)]
    [InlineData(2000)]
    public void Every_page_fits_the_limit_and_no_text_is_lost(int limit)
    {
        // Arrange
        var reply = LongReply();

        // Act
        var pages = ReplyPager.Pages(reply, limit);

        // Assert
        Assert.True(pages.Count > 1);
        Assert.All(pages, p => Assert.InRange(p.Length, 1, limit));
        Assert.Equal(NonWhitespace(reply), NonWhitespace(string.Concat(pages)));
    }

    [Fact]
    public void Pages_break_at_paragraph_breaks_when_one_is_within_the_limit()
    {
        // Arrange
        var first = "PvdA\n“" + new string('a', 150) + "”\n— Warm hart, koel hoofd";
        var second = "BIJ1\n“" + new string('b', 150) + "”\n— Asiel en migratie";
        var third = "VluchtelingenWerk Nederland\n“" + new string('c', 150) + "”";
        var reply = string.Join("\n\n", first, second, third);

        // Act
        var pages = ReplyPager.Pages(reply, 400);

        // Assert
        Assert.Equal([first + "\n\n" + second, third], pages);
    }

    [Fact]
    public void A_paragraph_longer_than_the_limit_breaks_at_a_line_then_at_a_space()
    {
        // Arrange
        var words = string.Join(' ', Enumerable.Range(0, 200).Select(i => $"woord{i}"));

        // Act
        var pages = ReplyPager.Pages(words, 300);

        // Assert
        Assert.All(pages, p => Assert.InRange(p.Length, 1, 300));
        Assert.All(pages, p => Assert.Matches(@"^woord\d+( woord\d+)*$", p));
        Assert.Equal(words, string.Join(' ', pages));
    }

    [Fact]
    public void A_single_word_longer_than_the_limit_is_cut_hard_without_loss()
    {
        // Arrange
        var url = "https://example.org/" + new string('x', 700);

        // Act
        var pages = ReplyPager.Pages(url, 300);

        // Assert
        Assert.Equal(3, pages.Count);
        Assert.All(pages, p => Assert.InRange(p.Length, 1, 300));
        Assert.Equal(url, string.Concat(pages));
    }

    [Fact]
    public void No_page_is_empty_even_when_the_reply_starts_with_a_long_run_of_whitespace()
    {
        // Arrange
        var reply = new string(' ', 400) + "BIJ1: “Voedselbanken worden toegankelijk voor ongedocumenteerde mensen.”";

        // Act
        var pages = ReplyPager.Pages(reply, 300);

        // Assert
        Assert.All(pages, p => Assert.False(string.IsNullOrWhiteSpace(p), "an empty page would be an empty chat message"));
    }

    private static string LongReply() => string.Join("\n\n", Enumerable.Range(1, 30).Select(i =>
        $"Bron {i}\n“Asielzoekers die bescherming zoeken in ons land verdienen een eerlijke procedure en fatsoenlijke opvang ({i}).”\n— Warm hart, koel hoofd › Kinderpardon"));

    private static string NonWhitespace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}

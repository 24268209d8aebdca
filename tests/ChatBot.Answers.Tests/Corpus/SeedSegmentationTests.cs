using System.Text.RegularExpressions;
using ChatBot.Answers.Corpus;
using ChatBot.Answers.Corpus.Segmentation;
using ChatBot.Answers.Tests.Support;

namespace ChatBot.Answers.Tests.Corpus;

/// <summary>Every passage and sentence of the seed corpus sits at exact offsets and holds content only.</summary>
[Collection(SeedCorpusCollection.Name)]
public sealed class SeedSegmentationTests(SeedCorpusFixture seeds)
{
    private static readonly string[] NavigationLines = ["Skip to content", "DOE", "MEE", "Delen:", "Lees meer", "What are you looking for"];

    public static TheoryData<string> Files() => ["000", "001", "002", "003", "004"];

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_passage_is_the_document_text_between_its_offsets(string prefix)
    {
        // Arrange
        var document = seeds.Document(prefix);

        // Act
        var passages = Passages(document);

        // Assert
        Assert.NotEmpty(passages);
        foreach (var p in passages)
        {
            Assert.Same(document, p.Document);
            Assert.InRange(p.Start, 0, document.Text.Length - 1);
            Assert.InRange(p.End, p.Start + 1, document.Text.Length);
            Assert.Equal(document.Text[p.Start..p.End], p.Text);
            Assert.Equal(p.Start, p.Pieces[0].Start);
            Assert.Equal(p.End, p.Pieces[^1].End);
            AssertOrderedAndTrimmed(document.Text, p.Pieces, $"passage {p.Id}");
            Assert.False(string.IsNullOrWhiteSpace(p.Section), $"passage {p.Id} has no section");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_sentence_lies_inside_its_passage_in_order_without_overlap(string prefix)
    {
        // Arrange
        var document = seeds.Document(prefix);

        // Act
        var passages = Passages(document);

        // Assert
        foreach (var p in passages)
        {
            Assert.NotEmpty(p.Sentences);
            var previousEnd = p.Start;
            foreach (var s in p.Sentences)
            {
                Assert.NotEmpty(s.Pieces);
                Assert.Equal(s.Start, s.Pieces[0].Start);
                Assert.Equal(s.End, s.Pieces[^1].End);
                Assert.True(s.Start >= previousEnd, $"passage {p.Id}: sentence at {s.Start} overlaps the one ending at {previousEnd}");
                AssertOrderedAndTrimmed(document.Text, s.Pieces, $"passage {p.Id}, sentence at {s.Start}");
                foreach (var piece in s.Pieces)
                {
                    Assert.True(p.Pieces.Any(pp => pp.Start <= piece.Start && piece.End <= pp.End),
                        $"passage {p.Id}: sentence piece [{piece.Start},{piece.End}) '{document.Text[piece.Start..piece.End]}' is outside the passage's pieces");
                }

                previousEnd = s.End;
            }
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Navigation_lines_never_appear_in_a_sentence(string prefix)
    {
        // Arrange
        var document = seeds.Document(prefix);

        // Act
        var lines = SentenceLines(document).ToList();

        // Assert
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            var bare = line.TrimEnd('?').Trim();
            Assert.DoesNotContain(NavigationLines, n => string.Equals(n, bare, n.Length <= 3 ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void The_seed_web_pages_do_hold_the_navigation_lines_that_must_be_left_out()
    {
        // Arrange: guards the test above against passing because the lines were never there.
        var allLines = seeds.Snapshot.Documents.SelectMany(d => d.Text.Split('\n')).Select(l => l.Trim().TrimEnd('?')).ToHashSet(StringComparer.Ordinal);

        // Act
        var present = NavigationLines.Where(allLines.Contains).ToList();

        // Assert
        Assert.Equal(NavigationLines, present);
    }

    [Fact]
    public void The_page_number_37_of_the_coalition_plan_is_never_part_of_a_sentence()
    {
        // Arrange
        var document = seeds.Document("003");
        var pageNumbers = Regex.Matches(document.Text, @"(?m)^\s*37\s*$").Select(m => document.Text.IndexOf("37", m.Index, StringComparison.Ordinal)).ToList();

        // Act
        var pieces = Passages(document).SelectMany(p => p.Sentences).SelectMany(s => s.Pieces).ToList();

        // Assert
        Assert.NotEmpty(pageNumbers);
        foreach (var at in pageNumbers)
        {
            Assert.DoesNotContain(pieces, piece => piece.Start <= at && at < piece.End);
        }
    }

    [Fact]
    public void Footnote_urls_of_the_vluchtelingenwerk_letter_are_never_part_of_a_sentence()
    {
        // Arrange
        var document = seeds.Document("002");
        var urls = Regex.Matches(document.Text, @"https?://\S+").Select(m => m.Index).ToList();

        // Act
        var pieces = Passages(document).SelectMany(p => p.Sentences).SelectMany(s => s.Pieces).ToList();

        // Assert
        Assert.NotEmpty(urls);
        foreach (var at in urls)
        {
            Assert.DoesNotContain(pieces, piece => piece.Start <= at && at < piece.End);
        }
    }

    [Fact]
    public void The_pull_quote_repeated_on_the_pvda_page_gives_one_passage()
    {
        // Arrange
        var document = seeds.Document("004");
        const string repeated = "Als je langer dan acht jaar in Nederland woont en in ons land geworteld bent geraakt";
        Assert.True(Folding.IndexesOf(document.Text, repeated).Count() >= 2, "the seed should print the quotation twice");

        // Act
        var holding = Passages(document).Where(p => Folding.Fold(p.Text).Contains(repeated, StringComparison.Ordinal)).ToList();

        // Assert
        Assert.True(holding.Count == 1, $"{holding.Count} passages hold the quotation: " + string.Join(", ", holding.Select(p => $"#{p.Id} [{p.Start},{p.End})")));
    }

    private List<Passage> Passages(SourceDocument document) =>
        [.. seeds.Snapshot.Passages.Where(p => p.Document.File == document.File)];

    private IEnumerable<string> SentenceLines(SourceDocument document) =>
        Passages(document).SelectMany(p => p.Sentences).SelectMany(s => s.Pieces)
            .SelectMany(piece => document.Text[piece.Start..piece.End].Split('\n')).Select(l => l.Trim());

    private static void AssertOrderedAndTrimmed(string text, IReadOnlyList<TextSpan> pieces, string where)
    {
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            Assert.True(piece.Length > 0, $"{where}: empty piece at {piece.Start}");
            Assert.False(char.IsWhiteSpace(text[piece.Start]) || char.IsWhiteSpace(text[piece.End - 1]), $"{where}: piece [{piece.Start},{piece.End}) starts or ends with whitespace");
            if (i > 0)
            {
                Assert.True(pieces[i - 1].End <= piece.Start, $"{where}: pieces out of order or overlapping at {piece.Start}");
            }
        }
    }
}

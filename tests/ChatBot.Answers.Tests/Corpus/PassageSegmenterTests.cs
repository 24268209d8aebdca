using ChatBot.Answers.Corpus;
using ChatBot.Answers.Corpus.Segmentation;
using ChatBot.Answers.Model;

namespace ChatBot.Answers.Tests.Corpus;

/// <summary>Segmentation rules on small hand-written documents, so a failure points at one rule.</summary>
public sealed class PassageSegmenterTests
{
    [Fact]
    public void Each_bullet_of_a_web_page_is_its_own_passage_under_its_heading()
    {
        // Arrange
        var document = Document(TextFormat.Web, "Asiel\n\n • Voedselbanken worden toegankelijk.\n • Detentie wordt afgeschaft.\n");

        // Act
        var passages = PassageSegmenter.Segment(document, ChatBot.Answers.Lexicon.Lexicon.Empty, 0);

        // Assert
        Assert.Equal(["Voedselbanken worden toegankelijk.", "Detentie wordt afgeschaft."], passages.Select(SentenceText));
        Assert.All(passages, p => Assert.Equal("Asiel", p.Section));
    }

    [Fact]
    public void Numbered_sub_items_stay_with_their_item_and_markers_are_left_out_of_sentences()
    {
        // Arrange
        var document = Document(TextFormat.Web, "Wat wij willen\n\n1. Een eerlijke procedure:\n   1. Snel beslissen.\n   2. Goede rechtshulp.\n2. Kleinschalige opvang.\n");

        // Act
        var passages = PassageSegmenter.Segment(document, ChatBot.Answers.Lexicon.Lexicon.Empty, 0);

        // Assert
        Assert.Equal(2, passages.Count);
        Assert.Equal(["Een eerlijke procedure:", "Snel beslissen.", "Goede rechtshulp."], passages[0].Sentences.Select(s => Text(document, s)));
        Assert.Equal("Wat wij willen › 1", passages[0].Section);
        Assert.Equal("Wat wij willen › 2", passages[1].Section);
    }

    [Fact]
    public void Hard_wrapped_pdf_lines_join_into_one_passage_with_one_sentence_across_the_break()
    {
        // Arrange
        var document = Document(TextFormat.Pdf,
            "Geachte informateur,\n\nWij vragen u om kinderen alleen nog te plaatsen in permanente en\nkindvriendelijke opvanglocaties. Dat is in lijn met de aangenomen moties.\n");

        // Act
        var passages = PassageSegmenter.Segment(document, ChatBot.Answers.Lexicon.Lexicon.Empty, 0);

        // Assert
        var passage = Assert.Single(passages, p => p.Text.Contains("permanente", StringComparison.Ordinal));
        Assert.Equal(2, passage.Sentences.Count);
        Assert.Equal("Wij vragen u om kinderen alleen nog te plaatsen in permanente en kindvriendelijke opvanglocaties.",
            ChatBot.Answers.Corpus.Segmentation.Whitespace.Fold(Text(document, passage.Sentences[0])));
    }

    [Theory]
    [InlineData("BIJ1 wil o.a. de IND hervormen. Ook komt er een pardon.")]
    [InlineData("Dit geldt bijv. voor kinderen. Ook komt er een pardon.")]
    [InlineData("We follow e.g. Canada and New Zealand. Also a pardon.")]
    public void Abbreviations_do_not_end_a_sentence(string paragraph)
    {
        // Arrange
        var document = Document(TextFormat.Web, "Titel van de pagina\n\n" + paragraph + "\n");

        // Act
        var passage = Assert.Single(PassageSegmenter.Segment(document, ChatBot.Answers.Lexicon.Lexicon.Empty, 0));

        // Assert
        Assert.Equal(2, passage.Sentences.Count);
    }

    [Fact]
    public void The_same_paragraph_printed_twice_is_one_passage()
    {
        // Arrange
        const string paragraph = "Als je langer dan acht jaar in Nederland woont, dan hoor je hier thuis en krijg je een verblijfsvergunning.";
        var document = Document(TextFormat.Web, $"Kinderpardon\n\n{paragraph}\n\nIets anders dat ertussen staat.\n\n{paragraph}\n");

        // Act
        var passages = PassageSegmenter.Segment(document, ChatBot.Answers.Lexicon.Lexicon.Empty, 0);

        // Assert
        Assert.Single(passages, p => p.Text == paragraph);
    }

    [Fact]
    public void Page_numbers_and_pasted_urls_are_not_content()
    {
        // Arrange
        var document = Document(TextFormat.Pdf, "Inleiding\n\nWe schaffen de procedure af.\n\n37\n\nhttps://example.org/rapport\n");

        // Act
        var passages = PassageSegmenter.Segment(document, ChatBot.Answers.Lexicon.Lexicon.Empty, 0);

        // Assert
        Assert.DoesNotContain(passages, p => p.Text.Contains("37", StringComparison.Ordinal) || p.Text.Contains("https", StringComparison.Ordinal));
    }

    private static SourceDocument Document(TextFormat format, string text) =>
        new(new SourceDocumentInfo("t.txt", "BIJ1", "Titel", Language.Nl, null, false, "test", null, "0000000000000000"), ["bij1"], format, text);

    private static string SentenceText(Passage passage) => string.Join(" | ", passage.Sentences.Select(s => Text(passage.Document, s)));

    private static string Text(SourceDocument document, Sentence sentence) => document.Text[sentence.Start..sentence.End];
}

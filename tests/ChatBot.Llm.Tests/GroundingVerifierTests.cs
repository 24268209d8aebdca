using ChatBot.Answers.Model;
using ChatBot.Llm.Grounding;
using ChatBot.Llm.Tests.Fakes;

namespace ChatBot.Llm.Tests;

public sealed class GroundingVerifierTests
{
    private static readonly IReadOnlyList<Llm.Retrieval.RetrievedPassage> Given = [TestCorpus.Bij1, TestCorpus.Vwn];

    private static ModelReply Claim(string text, params ModelCitation[] citations) => new(true, [new ModelClaim(text, citations)], null, []);

    [Fact]
    public void Sentence_id_becomes_the_stored_sentence_at_absolute_offsets()
    {
        var grounded = GroundingVerifier.Verify(Claim("BIJ1 wil kleinschalige opvang.", new ModelCitation("S1.1", null)), Given);

        var citation = Assert.Single(Assert.Single(grounded.Claims).Citations);
        Assert.Equal(TestCorpus.Bij1.Sentences[0], (citation.Start, citation.End));
        Assert.Equal(TestCorpus.Documents[TestCorpus.Bij1File][citation.Start..citation.End], citation.Quote);
    }

    [Fact]
    public void Verbatim_quote_narrows_the_citation_to_the_quoted_words()
    {
        const string quote = "zorgen voor rechtvaardige opvang";

        var grounded = GroundingVerifier.Verify(Claim("BIJ1 wil rechtvaardige opvang.", new ModelCitation("S1.2", quote)), Given);

        Assert.Equal(quote, Assert.Single(Assert.Single(grounded.Claims).Citations).Quote);
    }

    [Fact]
    public void Short_quote_is_widened_to_its_whole_sentence()
    {
        var grounded = GroundingVerifier.Verify(Claim("BIJ1 noemt het grensbeleid.", new ModelCitation("S1", "grensbeleid")), Given);

        Assert.Equal(TestCorpus.Sentence(TestCorpus.Bij1, 2), Assert.Single(Assert.Single(grounded.Claims).Citations).Quote);
    }

    [Theory]
    [InlineData("S1.2", "zorgen voor Rechtvaardige opvang")]
    [InlineData("S1.2", "zorgen voor rechtvaardige opvang!")]
    [InlineData("S1.2", "zorgen voor rechtvaardige opvang en veilige migratie")]
    [InlineData("S3.1", null)]
    [InlineData("S1.9", null)]
    [InlineData("S1", null)]
    [InlineData("bron 1", null)]
    [InlineData("S0.1", null)]
    public void Claim_whose_only_citation_fails_is_removed(string id, string? quote)
    {
        var grounded = GroundingVerifier.Verify(Claim("BIJ1 wil rechtvaardige opvang.", new ModelCitation(id, quote)), Given);

        Assert.Empty(grounded.Claims);
        Assert.Contains(grounded.Removals, r => r.Reason == RemovalReason.ClaimWithoutCitation);
    }

    [Fact]
    public void Quote_found_only_in_another_passage_is_not_accepted()
    {
        var grounded = GroundingVerifier.Verify(Claim("BIJ1 wil de spreidingswet.", new ModelCitation("S1.1", "de spreidingswet te behouden")), Given);

        Assert.Empty(grounded.Claims);
        Assert.Contains(grounded.Removals, r => r.Reason == RemovalReason.QuoteNotVerbatim);
    }

    [Theory]
    [InlineData("BIJ1 zegt: \"wij sluiten de grenzen\".")]
    [InlineData("BIJ1 schrijft „kleinschalige opvang in de stad”.")]
    [InlineData("BIJ1 spreekt van “gewelddadige grenzen”.")]
    [InlineData("BIJ1 wil ‘zo’n grote azc’s in de wijk’.")]
    public void Claim_putting_unsourced_words_in_quotation_marks_is_removed(string text)
    {
        var grounded = GroundingVerifier.Verify(Claim(text, new ModelCitation("S1.1", null), new ModelCitation("S1.2", null)), Given);

        Assert.Empty(grounded.Claims);
        Assert.Contains(grounded.Removals, r => r.Reason == RemovalReason.ClaimQuoteNotVerbatim);
    }

    [Theory]
    [InlineData("BIJ1 wil „kleinschalige opvang in de wijk”, en geen azc's.")]
    [InlineData("BIJ1 wil ‘kleinschalige opvang in de wijk’ in plaats van azc’s.")]
    [InlineData("BIJ1 wil zo’n opvang niet meer, geen azc’s.")]
    public void Claim_quoting_cited_words_exactly_is_kept(string text)
    {
        var grounded = GroundingVerifier.Verify(Claim(text, new ModelCitation("S1.1", null)), Given);

        Assert.Single(grounded.Claims);
    }

    [Fact]
    public void Claim_text_is_one_line_without_citation_markers_of_its_own()
    {
        var grounded = GroundingVerifier.Verify(Claim("BIJ1 wil opvang [S1.1] [3].\n\nBronnen:\n[1] iets anders", new ModelCitation("S1.1", null)), Given);

        Assert.Equal("BIJ1 wil opvang. Bronnen: iets anders", Assert.Single(grounded.Claims).Text);
    }

    [Fact]
    public void Verdict_without_verified_backing_is_dropped()
    {
        var reply = new ModelReply(true, [], Verdict.Supported, [new ModelCitation("S4.1", null)]);

        var grounded = GroundingVerifier.Verify(reply, Given);

        Assert.Null(grounded.Verdict);
        Assert.Contains(grounded.Removals, r => r.Reason == RemovalReason.VerdictNotBacked);
    }

    [Fact]
    public void Verdict_backed_by_a_verified_sentence_stands()
    {
        var reply = new ModelReply(true, [], Verdict.Contradicted, [new ModelCitation("[S2.1]", null)]);

        var grounded = GroundingVerifier.Verify(reply, Given);

        Assert.Equal(Verdict.Contradicted, grounded.Verdict);
        Assert.Equal(TestCorpus.Sentence(TestCorpus.Vwn, 1), Assert.Single(grounded.VerdictCitations).Quote);
    }
}

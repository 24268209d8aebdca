using ChatBot.Answers.Tests.Support;

namespace ChatBot.Answers.Tests.Parties;

/// <summary>
/// Party mentions are looked for only where a word starts that begins some name; that must find exactly what the one
/// pattern run over the whole text finds, on every seed sentence and on the hard cases (names in other case, glued
/// to punctuation, spread over lines, inside other words).
/// </summary>
[Collection(SeedCorpusCollection.Name)]
public sealed class MentionScanTests(SeedCorpusFixture seeds)
{
    [Fact]
    public void Word_start_scan_finds_what_the_whole_text_pattern_finds_in_every_seed_sentence()
    {
        var register = seeds.Snapshot.Lexicon.Parties;
        var mentions = 0;
        foreach (var passage in seeds.Snapshot.Passages)
        {
            foreach (var piece in passage.Sentences.SelectMany(s => s.Pieces))
            {
                var fast = register.Mentions(passage.Document.Text, piece.Start, piece.End);
                Assert.Equal(register.MentionsByScan(passage.Document.Text, piece.Start, piece.End), fast);
                mentions += fast.Count;
            }
        }

        Assert.True(mentions >= 10, $"only {mentions} mentions in the seeds: the register did not load");
    }

    [Theory]
    [InlineData("De VVD wil minder asiel; GL-PvdA en de pvda niet.")]
    [InlineData("(BIJ1) en 'D66' zeggen,JA21: nee. Partij van de\n  Arbeid, ChristenUnie")]
    [InlineData("xVVD VVDx D66x BIJ1 denk Denk wil Volt volt 50PLUS")]
    [InlineData("VVD")]
    [InlineData("")]
    public void Word_start_scan_matches_the_whole_text_pattern_on_hard_cases(string text)
    {
        var register = seeds.Snapshot.Lexicon.Parties;
        for (var start = 0; start <= text.Length; start += Math.Max(1, text.Length / 7))
        {
            Assert.Equal(register.MentionsByScan(text, start, text.Length), register.Mentions(text, start, text.Length));
        }

        if (text.Length > 0) Assert.NotEmpty(register.Mentions(text, 0, text.Length));
    }
}

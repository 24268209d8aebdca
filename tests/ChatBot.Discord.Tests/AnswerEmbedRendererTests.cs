using System.Text.Json;
using ChatBot.Answers.Model;
using ChatBot.Discord.Rendering;
using ChatBot.Discord.Rest;
using ChatBot.Discord.Tests.Fakes;
using ChatBot.Discord.Tests.Specs;

namespace ChatBot.Discord.Tests;

public sealed class AnswerEmbedRendererTests
{
    private static JsonElement Wire(MessageDraft draft) =>
        JsonSerializer.SerializeToElement(WirePayloads.Message(draft, allowReference: true), WirePayloads.Json);

    [Fact]
    public void Each_source_gets_one_field_with_its_quote_and_full_citation()
    {
        var answer = SampleAnswers.Cited("Wat zegt de VVD?");

        var embed = Assert.Single(AnswerEmbedRenderer.Reply(answer).Embeds);

        Assert.Equal(["VVD", "GL-PvdA"], embed.Fields.Select(f => f.Name));
        var gl = embed.Fields[1].Value;
        Assert.StartsWith("> Iedereen die vlucht voor oorlog verdient een veilig\\_heenkomen.", gl, StringComparison.Ordinal);
        Assert.Contains("GL-PvdA, *Verkiezingsprogramma GL-PvdA 2023* (2023-09-15), sectie Hoofdstuk 7", gl, StringComparison.Ordinal);
        Assert.Equal("Documenten: 2023-09-15, 2023-10-01 · modus: extractief (letterlijke citaten)", embed.Footer);
    }

    [Fact]
    public void The_citation_line_is_a_link_to_the_quoted_passage_when_the_citation_has_one()
    {
        const string link = "https://bot.example.org/sources/001_glpvda.txt?start=5&end=80#q";
        var answer = SampleAnswers.Cited("Wat zegt de VVD?");
        answer = answer with { Sources = [.. answer.Sources.Select(s => s with { Quotes = [.. s.Quotes.Select(q => q with { Link = link })] })] };

        var embed = Assert.Single(AnswerEmbedRenderer.Reply(answer).Embeds);

        var value = embed.Fields[1].Value;
        Assert.Matches(@"\n\[— GL-PvdA, \*Verkiezingsprogramma GL-PvdA 2023\* \(2023-09-15\), sectie Hoofdstuk 7[^\]]*\]\(" + System.Text.RegularExpressions.Regex.Escape(link) + @"\)$", value);
    }

    [Fact]
    public void A_reporters_quote_about_a_party_names_the_reporter_before_the_quote()
    {
        var quote = SampleAnswers.Quote("NOS", "Denk wil juist groepswoonlocaties bouwen voor seizoenswerkers.", date: "2021-03") with { Subjects = ["DENK"] };
        var answer = SampleAnswers.Cited("Wat wil Denk?") with { Sources = [new SourceAnswer("DENK", [quote])] };

        var embed = Assert.Single(AnswerEmbedRenderer.Reply(answer).Embeds);

        Assert.StartsWith("*Volgens NOS (2021-03) over DENK:*\n> Denk wil juist", Assert.Single(embed.Fields).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Escaping_only_adds_backslashes_so_the_quote_text_is_unchanged()
    {
        const string quote = "Asielzoekers *zonder* kans <b> & `code` ~~weg~~ | [link](x) # kop \\ slash";

        var escaped = DiscordMarkdown.Escape(quote);

        Assert.Equal(quote, System.Text.RegularExpressions.Regex.Replace(escaped, @"\\(.)", "$1"));
        Assert.DoesNotContain("*zonder*", escaped, StringComparison.Ordinal);
    }

    [Fact]
    public void The_question_is_echoed_as_typed_in_a_code_span_where_mentions_and_backticks_stay_inert()
    {
        // The answer service strips mentions from its copy ("wat vindt de PVV van ?"); the echo shows what was asked.
        var answer = SampleAnswers.Cited("wat vindt de PVV van ?");

        var description = AnswerEmbedRenderer.Reply(answer, asked: "@everyone wat vindt de `PVV` van\n*detentie*?").Embeds[0].Description!;

        Assert.StartsWith("**Vraag:** `@everyone wat vindt de ˋPVVˋ van *detentie*?`", description, StringComparison.Ordinal);
        Assert.Equal(2, description.Count(c => c == '`'));
    }

    [Fact]
    public void Buttons_offer_more_sources_and_pin_with_the_answer_id()
    {
        var answer = SampleAnswers.Cited("vraag");

        var buttons = AnswerEmbedRenderer.Reply(answer).Buttons;

        Assert.Equal([$"more:{answer.AnswerId}", $"pin:{answer.AnswerId}"], buttons.Select(b => b.CustomId));
        Assert.Equal("📌 Vastzetten", buttons[1].Label);
    }

    [Fact]
    public void An_abstained_answer_says_why_and_offers_no_pin()
    {
        var draft = AnswerEmbedRenderer.Reply(SampleAnswers.Abstained("Wat is het weer?"));

        Assert.Empty(draft.Buttons);
        Assert.Contains("De bronnen zeggen hier niets over.", draft.Embeds[0].Description, StringComparison.Ordinal);
        Assert.Empty(draft.Embeds[0].Fields);
    }

    [Fact]
    public void Huge_answers_stay_within_every_embed_limit_and_the_spec()
    {
        var longQuote = string.Concat(Enumerable.Repeat("Lange zin over asiel & <migratie> met *nadruk*. ", 200));
        var answer = SampleAnswers.Cited(new string('?', 5_000)) with
        {
            Summary = new string('S', 1_000),
            Sources = [.. Enumerable.Range(0, 40).Select(i => new SourceAnswer($"Partij {i} " + new string('P', 300),
                [SampleAnswers.Quote($"Partij {i}", longQuote, section: new string('§', 500)), SampleAnswers.Quote($"Partij {i}", longQuote)]))],
        };

        foreach (var draft in new[] { AnswerEmbedRenderer.Reply(answer), AnswerEmbedRenderer.AllQuotes(answer) })
        {
            var embed = Assert.Single(draft.Embeds);
            Assert.True(EmbedLimits.Size(embed) <= EmbedLimits.Total, $"total {EmbedLimits.Size(embed)}");
            Assert.InRange(embed.Fields.Count, 1, EmbedLimits.Fields);
            Assert.All(embed.Fields, f => Assert.InRange(f.Value.Length, 1, EmbedLimits.FieldValue));
            Assert.All(embed.Fields, f => Assert.Contains("Verkiezingsprogramma", f.Value, StringComparison.Ordinal));
            Assert.True(embed.Title!.Length <= EmbedLimits.Title);
            Assert.Empty(OpenApiRequestChecker.Discord.Check("POST", "/channels/1/messages", Wire(draft)));
        }
    }

    [Fact]
    public void A_cut_quote_ends_with_an_ellipsis_and_never_with_a_dangling_escape()
    {
        var cut = DiscordMarkdown.Truncate("abc\\*def", 5);

        Assert.Equal("abc…", cut);
    }

    [Fact]
    public void Mentions_in_text_are_made_inert()
    {
        var escaped = DiscordMarkdown.Escape("@everyone @HERE <@123> <@&456>");

        Assert.DoesNotContain("@everyone", escaped, StringComparison.Ordinal);
        Assert.DoesNotContain("@HERE", escaped, StringComparison.Ordinal);
        Assert.Contains("\\<@123\\>", escaped, StringComparison.Ordinal);
    }

    [Fact]
    public void An_english_answer_gets_english_labels()
    {
        var answer = SampleAnswers.Cited("What does the VVD say?") with { Language = Language.En, Mode = AnswerMode.Llm };

        var draft = AnswerEmbedRenderer.Reply(answer);

        Assert.Equal("📌 Pin", draft.Buttons[^1].Label);
        Assert.EndsWith("mode: language model", draft.Embeds[0].Footer, StringComparison.Ordinal);
        Assert.Contains("section 4.2 Asiel", draft.Embeds[0].Fields[0].Value, StringComparison.Ordinal);
    }
}

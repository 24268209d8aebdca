using System.Text.Json;

namespace ChatBot.Discord.Tests.Specs;

public sealed class OpenApiRequestCheckerTests
{
    private static readonly OpenApiRequestChecker Checker = OpenApiRequestChecker.Discord;

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement;

    [Fact]
    public void A_documented_message_with_embeds_and_buttons_passes()
    {
        var body = Json("""
            {"content":"hi","embeds":[{"title":"t","description":"d","fields":[{"name":"n","value":"v","inline":false}],"footer":{"text":"f"},"color":1}],
             "allowed_mentions":{"parse":[]},"components":[{"type":1,"components":[{"type":2,"style":2,"label":"Pin","custom_id":"pin:1"}]}],
             "message_reference":{"message_id":"123","fail_if_not_exists":false}}
            """);

        Assert.Empty(Checker.Check("POST", "/channels/123/messages", body));
    }

    [Fact]
    public void An_unknown_path_is_reported()
    {
        Assert.Contains("no path template", Assert.Single(Checker.Check("GET", "/channels/123/nonsense", null)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_method_the_path_does_not_define_is_reported()
    {
        Assert.Contains("DELETE is not defined", Assert.Single(Checker.Check("DELETE", "/gateway/bot", null)), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_top_level_field_is_reported()
    {
        var problems = Checker.Check("POST", "/channels/1/messages", Json("""{"content":"x","mentions_everyone":true}"""));

        Assert.Contains(problems, p => p.Contains("$.mentions_everyone", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_field_inside_a_referenced_schema_is_reported()
    {
        var problems = Checker.Check("POST", "/channels/1/messages", Json("""{"embeds":[{"title":"t","fields":[{"name":"n","value":"v","colour":3}]}]}"""));

        Assert.Contains(problems, p => p.Contains("$.embeds[0].fields[0].colour", StringComparison.Ordinal));
    }

    [Fact]
    public void A_field_of_the_wrong_type_is_reported()
    {
        Assert.NotEmpty(Checker.Check("POST", "/channels/1/messages", Json("""{"content":42}""")));
    }

    [Fact]
    public void A_button_style_outside_the_documented_constants_is_reported()
    {
        var body = Json("""{"components":[{"type":1,"components":[{"type":2,"style":9,"label":"x","custom_id":"y"}]}]}""");

        Assert.NotEmpty(Checker.Check("POST", "/channels/1/messages", body));
    }

    [Fact]
    public void An_embed_field_value_over_1024_characters_is_reported()
    {
        var body = JsonSerializer.SerializeToElement(new { embeds = new[] { new { fields = new[] { new { name = "n", value = new string('x', 1025) } } } } });

        Assert.NotEmpty(Checker.Check("POST", "/channels/1/messages", body));
    }

    [Fact]
    public void Localization_maps_accept_any_locale_key()
    {
        var body = Json("""[{"name":"ask","description":"d","name_localizations":{"nl":"vraag"},"options":[{"type":3,"name":"q","description":"d","required":true,"max_length":2000}]}]""");

        Assert.Empty(Checker.Check("PUT", "/applications/1/commands", body));
    }

    [Fact]
    public void Literal_segments_are_preferred_and_the_current_pin_path_exists()
    {
        Assert.Empty(Checker.Check("PATCH", "/webhooks/1/tok/messages/@original", Json("""{"content":"x","allowed_mentions":{"parse":[]}}""")));
        Assert.Empty(Checker.Check("PUT", "/channels/1/messages/pins/2", null));
    }

    [Fact]
    public void A_deferred_interaction_callback_passes_and_a_bogus_one_does_not()
    {
        Assert.Empty(Checker.Check("POST", "/interactions/1/tok/callback", Json("""{"type":5,"data":{"flags":64,"allowed_mentions":{"parse":[]}}}""")));
        Assert.NotEmpty(Checker.Check("POST", "/interactions/1/tok/callback", Json("""{"type":5,"data":{"flagz":64}}""")));
    }
}

using ChatBot.Operations.Audit;

namespace ChatBot.Operations.Tests.Audit;

public sealed class AuditSinceTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("7d", "2026-03-03T12:00:00Z")]
    [InlineData("24h", "2026-03-09T12:00:00Z")]
    [InlineData("30M", "2026-03-10T11:30:00Z")]
    [InlineData("2026-03-01", "2026-03-01T00:00:00Z")]
    [InlineData("2026-03-01T08:00:00+01:00", "2026-03-01T07:00:00Z")]
    public void Relative_ages_and_dates_are_read_as_utc_instants(string text, string expected)
    {
        var ok = AuditSince.TryParse(text, Now, out var since);

        Assert.True(ok);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), since);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("7w")]
    [InlineData("-3d")]
    [InlineData("99999999999d")]
    [InlineData("gisteren")]
    [InlineData("<script>")]
    public void Unusable_values_are_refused_rather_than_guessed(string text)
    {
        Assert.False(AuditSince.TryParse(text, Now, out _));
    }

    [Theory]
    [InlineData("CSV", AuditExportFormat.Csv)]
    [InlineData("jsonl", AuditExportFormat.JsonLines)]
    [InlineData(" json ", AuditExportFormat.JsonLines)]
    public void Formats_are_named_case_insensitively(string text, AuditExportFormat expected)
    {
        Assert.True(AuditSince.TryParseFormat(text, out var format));
        Assert.Equal(expected, format);
    }

    [Fact]
    public void An_unknown_format_is_refused()
    {
        Assert.False(AuditSince.TryParseFormat("xlsx", out _));
    }
}

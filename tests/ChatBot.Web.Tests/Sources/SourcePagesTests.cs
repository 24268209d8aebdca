using System.Net;
using System.Text.RegularExpressions;
using ChatBot.Web.Tests.Support;

namespace ChatBot.Web.Tests.Sources;

/// <summary>The source pages over real HTTP on 127.0.0.1, served from the seed corpus.</summary>
public sealed partial class SourcePagesTests : IAsyncLifetime
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private WebHost _web = null!;

    public async Task InitializeAsync() => _web = await WebHost.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _web.DisposeAsync();
    }

    private Uri Url(string relative) => new(_web.BaseAddress, relative);

    [Fact]
    public async Task Sources_lists_every_document_with_publisher_title_date_language_url_hash_and_passage_count()
    {
        using var response = await _http.GetAsync(Url("sources"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(5, _web.Corpus.Documents.Count);
        foreach (var document in _web.Corpus.Documents)
        {
            var info = document.Info;
            var entry = Assert.Single(Entries().Matches(html), m => m.Value.Contains($"href=\"sources/{info.File}\"", StringComparison.Ordinal)).Value;
            var shown = WebUtility.HtmlDecode(entry);
            var passages = _web.Corpus.Passages.Count(p => p.Document == document);
            Assert.Contains(info.Publisher, shown, StringComparison.Ordinal);
            Assert.Contains(info.Title, shown, StringComparison.Ordinal);
            Assert.Contains(info.Date ?? "undated", entry, StringComparison.Ordinal);
            Assert.Contains($"<span class=\"language\">{info.Language.ToString().ToLowerInvariant()}</span>", entry, StringComparison.Ordinal);
            Assert.Contains(info.ContentHash, entry, StringComparison.Ordinal);
            Assert.Contains($"{passages} passages", entry, StringComparison.Ordinal);
            if (info.Url is not null) Assert.Contains($"href=\"{info.Url}\"", shown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Sources_shows_per_document_which_parties_it_speaks_for_and_which_it_is_about()
    {
        var html = await _http.GetStringAsync(Url("sources"));

        string Parties(string publisher) => WebUtility.HtmlDecode(Assert.Single(Entries().Matches(html), m => m.Value.Contains($">{WebUtility.HtmlEncode(publisher)}</span>", StringComparison.Ordinal))
            .Value.Split("<span class=\"parties\">")[1].Split("</span>")[0]);

        Assert.StartsWith("speaks for D66, VVD, CDA; about ", Parties("D66, VVD en CDA (coalitieakkoord)"), StringComparison.Ordinal);
        Assert.StartsWith("speaks for no party; about ", Parties("VluchtelingenWerk Nederland"), StringComparison.Ordinal);
        Assert.StartsWith("speaks for PvdA; ", Parties("PvdA"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_links_documents_relative_to_where_it_was_asked_so_a_path_prefix_behind_a_proxy_survives()
    {
        var file = _web.Corpus.Documents[0].File;

        var withoutSlash = await _http.GetStringAsync(Url("sources"));
        var withSlash = await _http.GetStringAsync(Url("sources/"));

        Assert.Contains($"href=\"sources/{file}\"", withoutSlash, StringComparison.Ordinal);
        Assert.Contains($"href=\"{file}\"", withSlash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_page_shows_every_passage_with_its_section_path_and_an_anchor()
    {
        var document = _web.Corpus.Documents[0];
        var passages = _web.Corpus.Passages.Where(p => p.Document == document).ToList();

        var html = await _http.GetStringAsync(Url($"sources/{document.File}"));

        Assert.Equal(passages.Count, Regex.Matches(html, "<section class=\"passage\" id=\"p-\\d+\">").Count);
        Assert.Contains($"id=\"p-{passages.Count}\"", html, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(passages.First(p => p.Section.Length > 0).Section), html, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_span_link_marks_exactly_the_requested_text()
    {
        var passage = _web.Corpus.Passages[3];
        var start = passage.Sentences[0].Start;
        var end = passage.Sentences[0].End;

        var html = await _http.GetStringAsync(Url($"sources/{passage.Document.File}?start={start}&end={end}"));

        var mark = Assert.Single(Regex.Matches(html, "<mark id=\"q\"[^>]*data-fragment=\"0\">(.*?)</mark>", RegexOptions.Singleline));
        Assert.Equal(passage.Document.Text[start..end], System.Net.WebUtility.HtmlDecode(mark.Groups[1].Value));
    }

    [Theory]
    [InlineData("sources/nope.txt")]
    [InlineData("sources/appsettings.json")]
    [InlineData("sources/manifest.json")]
    [InlineData("sources/..%2F..%2Fappsettings.json")]
    [InlineData("sources/..%2Fseeds%2Fmanifest.json")]
    [InlineData("sources/%2E%2E%2F%2E%2E%2Fappsettings.json")]
    public async Task An_unknown_file_or_a_path_out_of_the_corpus_is_404_with_a_plain_message(string path)
    {
        using var response = await _http.GetAsync(Url(path));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Logging", body, StringComparison.Ordinal);
        Assert.DoesNotContain("documents", body, StringComparison.Ordinal);
        if (response.Content.Headers.ContentType is { } type) Assert.Equal("text/plain", type.MediaType);
    }

    [Theory]
    [InlineData("start=abc&end=10", "start=abc is not a number")]
    [InlineData("start=abc", "start=abc is not a number")]
    [InlineData("start=5&end=x", "end=x is not a number")]
    [InlineData("start=5", "pairs")]
    [InlineData("start=-1&end=10", "start=-1 is not a number")]
    [InlineData("start=10&end=10", "not a span")]
    [InlineData("start=20&end=10", "not a span")]
    [InlineData("start=0&end=99999999", "not a span")]
    [InlineData("start=0&end=20&start=10&end=30", "overlap")]
    public async Task Bad_offsets_are_400_with_a_plain_message(string query, string reason)
    {
        using var response = await _http.GetAsync(Url($"sources/{_web.Corpus.Documents[0].File}?{query}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_root_points_at_the_source_list_instead_of_an_empty_404()
    {
        using var response = await _http.GetAsync(Url(""));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<a href=\"sources\">/sources</a>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_shows_the_corpus_id_of_the_audit_trail()
    {
        using var response = await _http.GetAsync(Url("sources"));
        var body = await response.Content.ReadAsStringAsync();

        // The audit trail records CorpusFingerprint (ChatBot.Operations CorpusVersion): the same 16 hex digits.
        var id = ChatBot.Answers.Model.CorpusFingerprint.Of(_web.Corpus.Documents.Select(d => d.Info));
        Assert.Matches("^[0-9a-f]{16}$", id);
        Assert.Contains($"corpus version <code>{id}</code>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_forbid_scripts_and_sniffing()
    {
        using var response = await _http.GetAsync(Url($"sources/{_web.Corpus.Documents[0].File}"));

        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [GeneratedRegex("<li>.*?</li>", RegexOptions.Singleline)]
    private static partial Regex Entries();
}

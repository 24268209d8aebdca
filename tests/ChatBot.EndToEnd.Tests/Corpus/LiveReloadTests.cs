using System.Text;
using System.Text.Json.Nodes;
using ChatBot.EndToEnd.Tests.Support;
using ChatBot.Telegram.Tests.FakeBotApi;

namespace ChatBot.EndToEnd.Tests.Corpus;

public sealed class LiveReloadTests
{
    private const string File = "900_fietsen.txt";
    private const string Question = "Wat vindt de Fietsbelangpartij van fietsen voor asielzoekers?";
    private const string Claim = "De Fietsbelangpartij wil dat elke asielzoeker bij aankomst in een azc een gratis tweedehands fiets krijgt";

    private const string Document = """
        Fietsen voor nieuwkomers

        De Fietsbelangpartij wil dat elke asielzoeker bij aankomst in een azc een gratis tweedehands fiets krijgt, zodat nieuwkomers zelfstandig naar taalles en vrijwilligerswerk kunnen. Gemeenten krijgen daarvoor een fietsfonds van tien miljoen euro voor café-eigenaren en fietsenmakers.

        """;

    [Fact]
    public async Task A_document_added_while_running_is_answered_from_and_a_broken_file_keeps_the_old_corpus()
    {
        // Arrange
        await using var bot = await BotUnderTest.StartAsync();
        var user = bot.Telegram.AddUser(52_001, "Bram");
        var chat = bot.Telegram.AddPrivateChat(user);
        var documentsBefore = bot.Corpus.Documents.Count;

        // Act 1: a campaign team drops a new document and its manifest entry into the corpus folder.
        await System.IO.File.WriteAllTextAsync(Path.Combine(bot.Folder.Seeds, File), Document.Replace("\r", "", StringComparison.Ordinal), new UTF8Encoding(false));
        await AddManifestEntryAsync(bot.Folder.Seeds);
        var reloaded = await FakeBotApiServer.WaitUntilAsync(() => bot.Corpus.Documents.Any(d => d.File == File), TimeSpan.FromSeconds(15));
        var first = await AskAsync(bot, chat, user);

        // Assert 1
        Assert.True(reloaded, "the new document was not picked up within 15 s");
        Assert.Equal(documentsBefore + 1, bot.Corpus.Documents.Count);
        Assert.Contains(Claim, first, StringComparison.Ordinal);
        var audit = await bot.AuditWhenAsync(r => r.Count == 1, TimeSpan.FromSeconds(10));
        var cited = Assert.Single(Assert.Single(audit).Citations, c => c.File == File);
        Assert.Equal(SeedText.ContentHash(bot.Folder.Seeds, File), cited.ContentHash);
        Assert.Equal("2026-03-01", cited.DocumentDate);

        // Act 2: the same file saved as Latin-1 ("é" is one byte, 0xE9, not valid UTF-8).
        var version = bot.Corpus.Current.Version;
        var rejectionsBefore = bot.Logs.Entries.Count(e => e.EventId == 1003);
        await System.IO.File.WriteAllBytesAsync(Path.Combine(bot.Folder.Seeds, File), Encoding.Latin1.GetBytes(Document.Replace("tien", "twintig", StringComparison.Ordinal)));
        var rejected = await FakeBotApiServer.WaitUntilAsync(() => bot.Logs.Entries.Count(e => e.EventId == 1003) > rejectionsBefore, TimeSpan.FromSeconds(15));
        var second = await AskAsync(bot, chat, user);

        // Assert 2: rejected with the file named, the old corpus (with the document as it was) still answers.
        Assert.True(rejected, "the broken file was not rejected within 15 s");
        Assert.Contains(bot.Logs.Entries, e => e.EventId == 1003 && e.Message.Contains(File, StringComparison.Ordinal) && e.Message.Contains("UTF-8", StringComparison.Ordinal));
        Assert.Equal(version, bot.Corpus.Current.Version);
        Assert.Contains(Claim, second, StringComparison.Ordinal);
        var afterBroken = await bot.AuditWhenAsync(r => r.Count == 2, TimeSpan.FromSeconds(10));
        Assert.Equal(cited.ContentHash, Assert.Single(afterBroken[1].Citations, c => c.File == File).ContentHash);
    }

    private static async Task<string> AskAsync(BotUnderTest bot, FakeChat chat, FakeUser user)
    {
        var question = bot.Telegram.UserSends(chat, user, Question);
        Assert.True(await FakeBotApiServer.WaitUntilAsync(() => bot.Telegram.RepliesTo(question).Count > 0, TimeSpan.FromSeconds(20)), "no reply within 20 s");
        return bot.Telegram.RepliesTo(question)[0].Text;
    }

    private static async Task AddManifestEntryAsync(string seeds)
    {
        var path = Path.Combine(seeds, "manifest.json");
        var manifest = JsonNode.Parse(await System.IO.File.ReadAllTextAsync(path))!.AsObject();
        manifest["documents"]!.AsArray().Add(new JsonObject
        {
            ["file"] = File,
            ["publisher"] = "Fietsbelangpartij",
            ["party_aliases"] = new JsonArray("fietsbelangpartij"),
            ["title"] = "Fietsen voor nieuwkomers",
            ["language"] = "nl",
            ["date"] = "2026-03-01",
            ["date_inferred"] = false,
            ["kind"] = "party programme (web page)",
            ["format"] = "web",
        });
        await System.IO.File.WriteAllTextAsync(path, manifest.ToJsonString(), new UTF8Encoding(false));
    }
}

using ChatBot.Answers.Model;
using ChatBot.Answers.Operations;
using ChatBot.Operations.Audit;
using ChatBot.Operations.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatBot.EndToEnd.Tests.Support;

/// <summary>The SQLite audit trail in a data folder, written and read through the store the bot uses (no bot running).</summary>
internal static class SqliteAuditTrail
{
    public static async Task WriteAsync(string dataFolder, IReadOnlyList<AuditEntry> entries)
    {
        using var host = await StartStoreAsync(dataFolder);
        await host.Services.GetRequiredService<IAuditStore>().WriteAsync(entries, CancellationToken.None);
        await host.StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    public static async Task<IReadOnlyList<AuditRecord>> ReadAsync(string dataFolder)
    {
        using var host = await StartStoreAsync(dataFolder);
        var records = await host.Services.GetRequiredService<IAuditStore>().QueryAsync(new AuditQuery(), CancellationToken.None);
        await host.StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return records;
    }

    private static async Task<IHost> StartStoreAsync(string dataFolder)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection([new("Audit:DataFolder", dataFolder)]);
        builder.AddAuditStore();
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    public static AuditRecord Record(string platform, string chatId, string question, DateTimeOffset at) => new()
    {
        AnswerId = AnswerId.New(),
        AnsweredAt = at,
        Platform = platform,
        ChatId = chatId,
        AskerId = "4242",
        Question = question,
        Language = Language.Nl,
        Kind = QuestionKind.Position,
        Mode = AnswerMode.Extractive,
        Abstained = false,
        LatencyMs = 3.5,
        CorpusVersion = "0123456789abcdef",
        Citations = [new AuditCitation("000_b8810ead333ab498.txt", 120, 240, "b8810ead333ab498", "BIJ1", "2023-10-30")],
    };

    public static PinAuditEntry Pin(AuditRecord record, string moderator, DateTimeOffset at) =>
        new(new PinRecord(record.AnswerId, new Conversation(record.Platform, record.ChatId, record.AskerId), "77", moderator, at));
}

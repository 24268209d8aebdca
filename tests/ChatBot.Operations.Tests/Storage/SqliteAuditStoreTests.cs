using ChatBot.Answers.Model;
using ChatBot.Operations.Audit;
using ChatBot.Operations.Storage;
using ChatBot.Operations.Storage.Sqlite;
using ChatBot.Operations.Tests.Fakes;
using Microsoft.Data.Sqlite;
using static ChatBot.Operations.Tests.Storage.AuditRecords;

namespace ChatBot.Operations.Tests.Storage;

public sealed class SqliteAuditStoreTests : IDisposable
{
    private readonly SqliteFixture _db = new();
    private static CancellationToken Ct => TestTimeout.Token;

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Schema_is_created_at_the_latest_version_with_every_table()
    {
        var version = await _db.Database.MigrateAsync(Ct);

        Assert.Equal(SqliteSchema.Migrations.Max(m => m.Version), version);
        var tables = await TablesAsync();
        Assert.Superset(new HashSet<string> { "schema_version", "audit_answers", "audit_citations", "audit_pins", "update_claims", "offsets" }, tables);
    }

    [Fact]
    public async Task Migrating_again_from_another_process_changes_nothing_and_keeps_records()
    {
        await _db.Store.WriteAsync([new AnswerAuditEntry(Answer(Noon(1)))], Ct);

        using var second = _db.NewDatabase();
        var version = await second.MigrateAsync(Ct);

        Assert.Equal(SqliteSchema.Migrations.Count, version);
        Assert.Equal(SqliteSchema.Migrations.Count, await ScalarAsync("SELECT COUNT(*) FROM schema_version"));
        Assert.Single(await new SqlAuditStore(second).QueryAsync(new AuditQuery(), Ct));
    }

    [Fact]
    public async Task A_version_1_database_is_upgraded_without_losing_answers()
    {
        var path = Path.Combine(_db.Folder, SqliteDatabase.FileName);
        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync(Ct);
            await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(Ct);
            await SchemaMigrator.MigrateAsync(connection, tx, [SqliteSchema.Migrations[0]], null, Ct);
            await using var insert = connection.CreateCommand();
            insert.Transaction = tx;
            insert.CommandText = "INSERT INTO audit_answers VALUES ('0123456789abcdef0123456789abcdef', 0, 'discord', 'g1', 'u1', 'q', 'nl', 'position', 'extractive', 0, NULL, NULL, 1.0, 'v1')";
            await insert.ExecuteNonQueryAsync(Ct);
            await tx.CommitAsync(Ct);
        }

        var version = await _db.Database.MigrateAsync(Ct);

        Assert.Equal(2, version);
        Assert.Contains("update_claims", await TablesAsync());
        var kept = Assert.Single(await _db.Store.QueryAsync(new AuditQuery(), Ct));
        Assert.Equal("discord", kept.Platform);
    }

    [Fact]
    public async Task A_written_answer_reads_back_with_cited_files_offsets_and_content_hashes()
    {
        var record = Answer(Noon(2), question: "Wat zegt <b>D66</b> & \"de VVD\" over\nasiel? é");

        await _db.Store.WriteAsync([new AnswerAuditEntry(record)], Ct);
        var read = Assert.Single(await _db.Store.QueryAsync(new AuditQuery(), Ct));

        Assert.Equal(record.AnswerId, read.AnswerId);
        Assert.Equal(record.AnsweredAt, read.AnsweredAt);
        Assert.Equal(record.Question, read.Question);
        Assert.Equal(("-100123", "42"), (read.ChatId, read.AskerId));
        Assert.Equal((QuestionKind.Compare, AnswerMode.Extractive, Verdict.Supported), (read.Kind, read.Mode, read.Verdict));
        Assert.Equal(record.Citations, read.Citations);
        Assert.Empty(read.Pins);
    }

    [Fact]
    public async Task Writing_the_same_answer_twice_keeps_one_record()
    {
        var record = Answer(Noon(2));

        await _db.Store.WriteAsync([new AnswerAuditEntry(record)], Ct);
        await _db.Store.WriteAsync([new AnswerAuditEntry(record)], Ct);

        Assert.Single(await _db.Store.QueryAsync(new AuditQuery(), Ct));
        Assert.Equal(2, await ScalarAsync("SELECT COUNT(*) FROM audit_citations"));
    }

    [Fact]
    public async Task Query_filters_by_since_chat_and_pinned_only()
    {
        var old = Answer(Noon(1), chat: "a");
        var recentA = Answer(Noon(5), chat: "a");
        var recentB = Answer(Noon(6), chat: "b");
        await _db.Store.WriteAsync(
            [new AnswerAuditEntry(old), new AnswerAuditEntry(recentA), new AnswerAuditEntry(recentB), new PinAuditEntry(Pin(recentB, Noon(7), by: "mod-9"))], Ct);

        var since = await _db.Store.QueryAsync(new AuditQuery { Since = Noon(4) }, Ct);
        var chatA = await _db.Store.QueryAsync(new AuditQuery { ChatId = "a" }, Ct);
        var pinned = await _db.Store.QueryAsync(new AuditQuery { PinnedOnly = true }, Ct);
        var limited = await _db.Store.QueryAsync(new AuditQuery { Limit = 1 }, Ct);

        Assert.Equal([recentA.AnswerId, recentB.AnswerId], since.Select(r => r.AnswerId));
        Assert.Equal([old.AnswerId, recentA.AnswerId], chatA.Select(r => r.AnswerId));
        var pin = Assert.Single(Assert.Single(pinned).Pins);
        Assert.Equal(("mod-9", Noon(7)), (pin.PinnedByUserId, pin.PinnedAt));
        Assert.Equal([old.AnswerId], limited.Select(r => r.AnswerId));
    }

    [Fact]
    public async Task Retention_deletes_answers_older_than_the_cutoff_with_their_citations_and_pins()
    {
        var old = Answer(Noon(1));
        var recent = Answer(Noon(9));
        await _db.Store.WriteAsync([new AnswerAuditEntry(old), new AnswerAuditEntry(recent), new PinAuditEntry(Pin(old, Noon(2)))], Ct);

        var deleted = await _db.Store.DeleteOlderThanAsync(Noon(5), Ct);

        Assert.Equal(1, deleted);
        Assert.Equal(recent.AnswerId, Assert.Single(await _db.Store.QueryAsync(new AuditQuery(), Ct)).AnswerId);
        Assert.Equal(2, await ScalarAsync("SELECT COUNT(*) FROM audit_citations"));
        Assert.Equal(0, await ScalarAsync("SELECT COUNT(*) FROM audit_pins"));
    }

    private async Task<HashSet<string>> TablesAsync()
    {
        await using var connection = await _db.Database.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var names = new HashSet<string>();
        while (await reader.ReadAsync(Ct))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await _db.Database.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }
}

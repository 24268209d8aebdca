using System.Data.Common;
using ChatBot.Operations.Audit;
using static ChatBot.Operations.Storage.SchemaMigrator;

namespace ChatBot.Operations.Storage;

/// <summary>The audit trail in SQL; the same statements run on SQLite and PostgreSQL. Writes are idempotent; reading is in SqlAuditStore.Query.cs.</summary>
internal sealed partial class SqlAuditStore(ISqlDatabase database) : IAuditStore
{
    public async Task WriteAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return;
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var entry in entries)
        {
            switch (entry)
            {
                case AnswerAuditEntry answer:
                    await InsertAnswerAsync(connection, transaction, answer.Record, cancellationToken).ConfigureAwait(false);
                    break;
                case PinAuditEntry pin:
                    await InsertPinAsync(connection, transaction, pin, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task InsertAnswerAsync(DbConnection connection, DbTransaction transaction, AuditRecord r, CancellationToken cancellationToken)
    {
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO audit_answers (answer_id, answered_at, platform, chat_id, asker_id, question, language, kind, mode,
                    abstained, abstain_reason, verdict, latency_ms, corpus_version)
                VALUES (@id, @at, @platform, @chat, @asker, @question, @language, @kind, @mode,
                    @abstained, @reason, @verdict, @latency, @corpus)
                ON CONFLICT (answer_id) DO NOTHING
                """;
            AddParameter(command, "id", r.AnswerId.ToString());
            AddParameter(command, "at", database.ToDbTime(r.AnsweredAt));
            AddParameter(command, "platform", r.Platform);
            AddParameter(command, "chat", r.ChatId);
            AddParameter(command, "asker", r.AskerId);
            AddParameter(command, "question", r.Question);
            AddParameter(command, "language", AuditCodes.Language(r.Language));
            AddParameter(command, "kind", AuditCodes.Kind(r.Kind));
            AddParameter(command, "mode", AuditCodes.Mode(r.Mode));
            AddParameter(command, "abstained", r.Abstained);
            AddParameter(command, "reason", r.AbstainReason is { } reason ? AuditCodes.Reason(reason) : null);
            AddParameter(command, "verdict", r.Verdict is { } v ? AuditCodes.Verdict(v) : null);
            AddParameter(command, "latency", r.LatencyMs);
            AddParameter(command, "corpus", r.CorpusVersion);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        for (var i = 0; i < r.Citations.Count; i++)
        {
            var c = r.Citations[i];
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO audit_citations (answer_id, position, file, start_offset, end_offset, content_hash, publisher, document_date)
                VALUES (@id, @position, @file, @start, @end, @hash, @publisher, @date)
                ON CONFLICT (answer_id, position) DO NOTHING
                """;
            AddParameter(command, "id", r.AnswerId.ToString());
            AddParameter(command, "position", i);
            AddParameter(command, "file", c.File);
            AddParameter(command, "start", c.Start);
            AddParameter(command, "end", c.End);
            AddParameter(command, "hash", c.ContentHash);
            AddParameter(command, "publisher", c.Publisher);
            AddParameter(command, "date", c.DocumentDate);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task InsertPinAsync(DbConnection connection, DbTransaction transaction, PinAuditEntry entry, CancellationToken cancellationToken)
    {
        var pin = entry.Pin;
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO audit_pins (answer_id, message_id, platform, chat_id, pinned_by, pinned_at)
            VALUES (@id, @message, @platform, @chat, @by, @at)
            ON CONFLICT (answer_id, message_id) DO NOTHING
            """;
        AddParameter(command, "id", pin.AnswerId.ToString());
        AddParameter(command, "message", pin.MessageId);
        AddParameter(command, "platform", pin.Conversation.Platform);
        AddParameter(command, "chat", pin.Conversation.ChatId);
        AddParameter(command, "by", pin.PinnedByUserId);
        AddParameter(command, "at", database.ToDbTime(pin.PinnedAt));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        const string old = "SELECT answer_id FROM audit_answers WHERE answered_at < @cutoff";
        int deleted = 0;
        foreach (var sql in new[]
        {
            $"DELETE FROM audit_citations WHERE answer_id IN ({old})",
            $"DELETE FROM audit_pins WHERE answer_id IN ({old}) OR pinned_at < @cutoff",
            "DELETE FROM audit_answers WHERE answered_at < @cutoff",
        })
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            AddParameter(command, "cutoff", database.ToDbTime(cutoff));
            deleted = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return deleted;
    }
}

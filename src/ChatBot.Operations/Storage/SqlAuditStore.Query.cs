using System.Data.Common;
using System.Text;
using ChatBot.Answers.Model;
using ChatBot.Operations.Audit;
using static ChatBot.Operations.Storage.SchemaMigrator;

namespace ChatBot.Operations.Storage;

/// <summary>Reading the trail: the filtered answers, then their citations and pins, in one transaction.</summary>
internal sealed partial class SqlAuditStore
{
    public async Task<IReadOnlyList<AuditRecord>> QueryAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        // One transaction so answers, citations and pins are read from the same state.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var selected = SelectedAnswers(query);

        var records = new List<AuditRecord>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (var command = Command(connection, transaction, query, $"""
            SELECT answer_id, answered_at, platform, chat_id, asker_id, question, language, kind, mode, abstained,
                abstain_reason, verdict, latency_ms, corpus_version
            FROM audit_answers WHERE answer_id IN ({selected}) ORDER BY answered_at, answer_id
            """))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var id = reader.GetString(0);
                index[id] = records.Count;
                records.Add(ReadRecord(reader, id));
            }
        }

        var citations = new Dictionary<string, List<AuditCitation>>(StringComparer.Ordinal);
        await using (var command = Command(connection, transaction, query, $"""
            SELECT answer_id, file, start_offset, end_offset, content_hash, publisher, document_date
            FROM audit_citations WHERE answer_id IN ({selected}) ORDER BY answer_id, position
            """))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                Add(citations, reader.GetString(0), new AuditCitation(reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3),
                    reader.GetString(4), reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6)));
            }
        }

        var pins = new Dictionary<string, List<AuditPin>>(StringComparer.Ordinal);
        await using (var command = Command(connection, transaction, query, $"""
            SELECT answer_id, message_id, pinned_by, pinned_at
            FROM audit_pins WHERE answer_id IN ({selected}) ORDER BY answer_id, pinned_at
            """))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                Add(pins, reader.GetString(0), new AuditPin(reader.GetString(1), reader.GetString(2), database.ReadTime(reader, 3)));
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return [.. records.Select(r =>
        {
            var id = r.AnswerId.ToString();
            return r with
            {
                Citations = citations.TryGetValue(id, out var c) ? c : [],
                Pins = pins.TryGetValue(id, out var p) ? p : [],
            };
        })];
    }

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }

    private AuditRecord ReadRecord(DbDataReader reader, string id) => new()
    {
        AnswerId = AnswerId.TryParse(id, out var answerId) ? answerId : default,
        AnsweredAt = database.ReadTime(reader, 1),
        Platform = reader.GetString(2),
        ChatId = reader.GetString(3),
        AskerId = reader.GetString(4),
        Question = reader.GetString(5),
        Language = AuditCodes.ParseLanguage(reader.GetString(6)),
        Kind = AuditCodes.ParseKind(reader.GetString(7)),
        Mode = AuditCodes.ParseMode(reader.GetString(8)),
        Abstained = reader.GetBoolean(9),
        AbstainReason = AuditCodes.ParseReason(reader.IsDBNull(10) ? null : reader.GetString(10)),
        Verdict = AuditCodes.ParseVerdict(reader.IsDBNull(11) ? null : reader.GetString(11)),
        LatencyMs = reader.GetDouble(12),
        CorpusVersion = reader.GetString(13),
    };

    /// <summary>The filtered, limited set of answer ids; every value is a parameter, never spliced text.</summary>
    private static string SelectedAnswers(AuditQuery query)
    {
        var sql = new StringBuilder("SELECT a.answer_id FROM audit_answers a WHERE 1 = 1");
        if (query.Since is not null)
        {
            sql.Append(" AND a.answered_at >= @since");
        }

        if (query.Platform is not null)
        {
            sql.Append(" AND a.platform = @platform");
        }

        if (query.ChatId is not null)
        {
            sql.Append(" AND a.chat_id = @chat");
        }

        if (query.PinnedOnly)
        {
            sql.Append(" AND EXISTS (SELECT 1 FROM audit_pins p WHERE p.answer_id = a.answer_id)");
        }

        return sql.Append(" ORDER BY a.answered_at, a.answer_id LIMIT @limit").ToString();
    }

    private DbCommand Command(DbConnection connection, DbTransaction transaction, AuditQuery query, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        if (query.Since is { } since)
        {
            AddParameter(command, "since", database.ToDbTime(since));
        }

        if (query.Platform is not null)
        {
            AddParameter(command, "platform", query.Platform);
        }

        if (query.ChatId is not null)
        {
            AddParameter(command, "chat", query.ChatId);
        }

        AddParameter(command, "limit", Math.Max(0, query.Limit));
        return command;
    }
}

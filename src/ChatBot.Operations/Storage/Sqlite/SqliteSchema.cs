namespace ChatBot.Operations.Storage.Sqlite;

/// <summary>The SQLite schema, one migration per version. Times are Unix milliseconds (UTC). Never edit a shipped step.</summary>
internal static class SqliteSchema
{
    public static IReadOnlyList<Migration> Migrations { get; } =
    [
        new(1, "audit trail", """
            CREATE TABLE audit_answers (
                answer_id TEXT NOT NULL PRIMARY KEY,
                answered_at INTEGER NOT NULL,
                platform TEXT NOT NULL,
                chat_id TEXT NOT NULL,
                asker_id TEXT NOT NULL,
                question TEXT NOT NULL,
                language TEXT NOT NULL,
                kind TEXT NOT NULL,
                mode TEXT NOT NULL,
                abstained INTEGER NOT NULL,
                abstain_reason TEXT NULL,
                verdict TEXT NULL,
                latency_ms REAL NOT NULL,
                corpus_version TEXT NOT NULL);
            CREATE INDEX ix_audit_answers_time ON audit_answers (answered_at);
            CREATE INDEX ix_audit_answers_chat ON audit_answers (platform, chat_id, answered_at);
            CREATE TABLE audit_citations (
                answer_id TEXT NOT NULL,
                position INTEGER NOT NULL,
                file TEXT NOT NULL,
                start_offset INTEGER NOT NULL,
                end_offset INTEGER NOT NULL,
                content_hash TEXT NOT NULL,
                publisher TEXT NOT NULL,
                document_date TEXT NULL,
                PRIMARY KEY (answer_id, position));
            CREATE TABLE audit_pins (
                answer_id TEXT NOT NULL,
                message_id TEXT NOT NULL,
                platform TEXT NOT NULL,
                chat_id TEXT NOT NULL,
                pinned_by TEXT NOT NULL,
                pinned_at INTEGER NOT NULL,
                PRIMARY KEY (answer_id, message_id));
            """),
        new(2, "update ledger", """
            CREATE TABLE update_claims (
                platform TEXT NOT NULL,
                update_key TEXT NOT NULL,
                claimed_at INTEGER NOT NULL,
                PRIMARY KEY (platform, update_key));
            CREATE INDEX ix_update_claims_time ON update_claims (claimed_at);
            CREATE TABLE offsets (
                offset_key TEXT NOT NULL PRIMARY KEY,
                value INTEGER NOT NULL,
                updated_at INTEGER NOT NULL);
            """),
    ];
}

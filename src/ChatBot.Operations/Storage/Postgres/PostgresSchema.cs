namespace ChatBot.Operations.Storage.Postgres;

/// <summary>The PostgreSQL schema (same tables as SQLite plus shared rate-limit windows). Never edit a shipped step.</summary>
internal static class PostgresSchema
{
    /// <summary>Advisory lock key ("chatbot" as digits): one process migrates while the others wait.</summary>
    public const string LockSql = "SELECT pg_advisory_xact_lock(2428268)";

    public static IReadOnlyList<Migration> Migrations { get; } =
    [
        new(1, "audit trail", """
            CREATE TABLE audit_answers (
                answer_id text NOT NULL PRIMARY KEY,
                answered_at timestamptz NOT NULL,
                platform text NOT NULL,
                chat_id text NOT NULL,
                asker_id text NOT NULL,
                question text NOT NULL,
                language text NOT NULL,
                kind text NOT NULL,
                mode text NOT NULL,
                abstained boolean NOT NULL,
                abstain_reason text NULL,
                verdict text NULL,
                latency_ms double precision NOT NULL,
                corpus_version text NOT NULL);
            CREATE INDEX ix_audit_answers_time ON audit_answers (answered_at);
            CREATE INDEX ix_audit_answers_chat ON audit_answers (platform, chat_id, answered_at);
            CREATE TABLE audit_citations (
                answer_id text NOT NULL,
                position integer NOT NULL,
                file text NOT NULL,
                start_offset integer NOT NULL,
                end_offset integer NOT NULL,
                content_hash text NOT NULL,
                publisher text NOT NULL,
                document_date text NULL,
                PRIMARY KEY (answer_id, position));
            CREATE TABLE audit_pins (
                answer_id text NOT NULL,
                message_id text NOT NULL,
                platform text NOT NULL,
                chat_id text NOT NULL,
                pinned_by text NOT NULL,
                pinned_at timestamptz NOT NULL,
                PRIMARY KEY (answer_id, message_id));
            """),
        new(2, "update ledger", """
            CREATE TABLE update_claims (
                platform text NOT NULL,
                update_key text NOT NULL,
                claimed_at timestamptz NOT NULL,
                PRIMARY KEY (platform, update_key));
            CREATE INDEX ix_update_claims_time ON update_claims (claimed_at);
            CREATE TABLE offsets (
                offset_key text NOT NULL PRIMARY KEY,
                value bigint NOT NULL,
                updated_at timestamptz NOT NULL);
            """),
        new(3, "shared rate limits", """
            CREATE TABLE rate_limit_windows (
                bucket text NOT NULL,
                window_start timestamptz NOT NULL,
                hits integer NOT NULL,
                PRIMARY KEY (bucket, window_start));
            CREATE INDEX ix_rate_limit_windows_start ON rate_limit_windows (window_start);
            """),
    ];
}

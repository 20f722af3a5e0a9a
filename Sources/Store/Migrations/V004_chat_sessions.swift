/// Chat turns learn what the model saw and what they cost, and follow the
/// report retention: each message keeps its redacted form (`model_content`:
/// the question with placeholders, the model's reply before restoring), so a
/// later turn sends history that is never redacted again from scratch (a
/// restored name has lost the cue words that found it); each session keeps
/// its placeholder map, so one value keeps one placeholder across turns and
/// a reply naming an earlier placeholder is restored. Both carry PHI, so both
/// expire (`expires_at`, set from REPORT_RETENTION_DAYS) and the daily purge
/// deletes them. Version 3 belongs to another change; this one needs nothing of it.
enum V004ChatSessions {
    static let migration = Migration(version: 4, name: "chat_sessions", sql: #"""
ALTER TABLE chat_sessions
    ADD COLUMN phi_map jsonb NOT NULL DEFAULT '[]'::jsonb,
    ADD COLUMN expires_at timestamptz NOT NULL DEFAULT now() + interval '90 days';
ALTER TABLE chat_messages
    ADD COLUMN model_content text,
    ADD COLUMN status text CHECK (status IS NULL OR status IN ('SUCCESS', 'FALLBACK', 'NOT_FOUND')),
    ADD COLUMN cost_usd numeric(18, 8) NOT NULL DEFAULT 0 CHECK (cost_usd >= 0),
    ADD COLUMN expires_at timestamptz NOT NULL DEFAULT now() + interval '90 days';

-- A user's sessions, newest first, with (created_at, id) cursor pagination.
CREATE INDEX chat_sessions_by_user_created ON chat_sessions (clinic_id, user_id, created_at DESC, id DESC);
CREATE INDEX chat_sessions_by_expiry ON chat_sessions (expires_at);
CREATE INDEX chat_messages_by_expiry ON chat_messages (expires_at);
-- GET /usage?scope=clinic counts the clinic's work of a month from the audit log.
CREATE INDEX audit_log_by_clinic_action ON audit_log (clinic_id, action, occurred_at);
"""#)
}

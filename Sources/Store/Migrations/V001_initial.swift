/// The first schema: reports, documents and their extraction, knowledge
/// chunks, chat, the usage ledger and the audit log, and the grants of the
/// application role `clinical_app` (the role the functions connect as).
enum V001Initial {
    static let migration = Migration(version: 1, name: "initial", sql: #"""
-- pgvector: installed by a superuser beforehand where the owner may not (locally: .ci/localdb.sh).
CREATE EXTENSION IF NOT EXISTS vector;

-- The application role: created here when missing (needs CREATEROLE), given a
-- password and LOGIN by whoever provisions its secret.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'clinical_app') THEN
        CREATE ROLE clinical_app NOLOGIN;
    END IF;
END
$$;

CREATE TABLE reports (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    clinic_id      text NOT NULL,
    patient_id     text NOT NULL,
    original_text  text NOT NULL,
    summary        text NOT NULL,
    status         text NOT NULL CHECK (status IN ('SUCCESS', 'FALLBACK')),
    language       text NOT NULL,
    source_system  text,
    metadata       jsonb NOT NULL DEFAULT '{}'::jsonb,
    model          text NOT NULL,
    input_tokens   integer NOT NULL DEFAULT 0 CHECK (input_tokens >= 0),
    output_tokens  integer NOT NULL DEFAULT 0 CHECK (output_tokens >= 0),
    created_by     text NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    expires_at     timestamptz NOT NULL DEFAULT now() + interval '90 days'
);
-- A patient's reports, newest first, with (created_at, id) cursor pagination.
CREATE INDEX reports_by_patient ON reports (clinic_id, patient_id, created_at DESC, id DESC);
CREATE INDEX reports_by_expiry ON reports (expires_at);

CREATE TABLE documents (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    clinic_id       text NOT NULL,
    patient_id      text,
    bucket          text NOT NULL,
    object_key      text NOT NULL,
    file_name       text,
    content_type    text NOT NULL,
    size_bytes      bigint CHECK (size_bytes >= 0),
    status          text NOT NULL CHECK (status IN ('PENDING_UPLOAD', 'PROCESSING', 'PROCESSED', 'FAILED')),
    failure_reason  text,
    uploaded_by     text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (bucket, object_key)
);
CREATE INDEX documents_by_patient ON documents (clinic_id, patient_id, created_at DESC);

CREATE TABLE document_extractions (
    document_id     uuid PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    clinic_id       text NOT NULL,
    diagnosis       jsonb NOT NULL DEFAULT '[]'::jsonb,
    medications     jsonb NOT NULL DEFAULT '[]'::jsonb,
    follow_up       jsonb NOT NULL DEFAULT '[]'::jsonb,
    notes           text NOT NULL DEFAULT '',
    extracted_text  text NOT NULL DEFAULT '',
    model           text NOT NULL,
    status          text NOT NULL CHECK (status IN ('SUCCESS', 'FALLBACK')),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE knowledge_chunks (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    clinic_id    text NOT NULL,
    document_id  uuid REFERENCES documents (id) ON DELETE CASCADE,
    patient_id   text,
    chunk_index  integer NOT NULL CHECK (chunk_index >= 0),
    content      text NOT NULL,
    embedding    vector(1024) NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (document_id, chunk_index)
);
CREATE INDEX knowledge_chunks_by_clinic ON knowledge_chunks (clinic_id);
CREATE INDEX knowledge_chunks_embedding ON knowledge_chunks USING hnsw (embedding vector_cosine_ops);

CREATE TABLE chat_sessions (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    clinic_id   text NOT NULL,
    user_id     text NOT NULL,
    patient_id  text,
    title       text NOT NULL DEFAULT '',
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX chat_sessions_by_user ON chat_sessions (clinic_id, user_id, updated_at DESC);

CREATE TABLE chat_messages (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    session_id     uuid NOT NULL REFERENCES chat_sessions (id) ON DELETE CASCADE,
    clinic_id      text NOT NULL,
    role           text NOT NULL CHECK (role IN ('user', 'assistant')),
    content        text NOT NULL,
    citations      jsonb NOT NULL DEFAULT '[]'::jsonb,
    model          text,
    input_tokens   integer NOT NULL DEFAULT 0 CHECK (input_tokens >= 0),
    output_tokens  integer NOT NULL DEFAULT 0 CHECK (output_tokens >= 0),
    created_at     timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX chat_messages_by_session ON chat_messages (session_id, created_at, id);

-- Append-only: the application may insert and read, never change.
CREATE TABLE usage_ledger (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at    timestamptz NOT NULL DEFAULT now(),
    identity       text NOT NULL,
    clinic_id      text NOT NULL,
    function_name  text NOT NULL,
    model          text NOT NULL,
    input_tokens   integer NOT NULL CHECK (input_tokens >= 0),
    output_tokens  integer NOT NULL CHECK (output_tokens >= 0),
    cost_usd       numeric(18, 8) NOT NULL CHECK (cost_usd >= 0),
    request_id     text NOT NULL
);
CREATE INDEX usage_ledger_by_identity ON usage_ledger (identity, occurred_at);
CREATE INDEX usage_ledger_by_clinic ON usage_ledger (clinic_id, occurred_at);

-- Append-only: the application may insert and read, never change.
CREATE TABLE audit_log (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at    timestamptz NOT NULL DEFAULT now(),
    request_id     text NOT NULL,
    identity       text NOT NULL,
    clinic_id      text NOT NULL,
    action         text NOT NULL,
    resource_type  text NOT NULL,
    resource_id    text,
    outcome        text NOT NULL CHECK (outcome IN ('success', 'not_found', 'denied', 'error'))
);
CREATE INDEX audit_log_by_clinic ON audit_log (clinic_id, occurred_at);
CREATE INDEX audit_log_by_resource ON audit_log (resource_type, resource_id);

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO clinical_app;
GRANT SELECT, INSERT, UPDATE, DELETE
    ON reports, documents, document_extractions, knowledge_chunks, chat_sessions, chat_messages
    TO clinical_app;
GRANT SELECT, INSERT ON usage_ledger, audit_log TO clinical_app;
"""#)
}

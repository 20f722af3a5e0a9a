/// What the file processor needs to know about a document while it is processed: the claim that makes a
/// duplicate S3 delivery a no-op (a lease, so that a crashed attempt is claimable again by Lambda's retry),
/// how many attempts it took (and how many times it was reprocessed), the Bedrock Data Automation job it waits for, and whether a failure is worth
/// retrying (transient) or not (a poisoned file).
enum V003DocumentProcessing {
    static let migration = Migration(version: 3, name: "document_processing", sql: #"""
ALTER TABLE documents
    ADD COLUMN processing_attempts integer NOT NULL DEFAULT 0 CHECK (processing_attempts >= 0),
    ADD COLUMN processing_round integer NOT NULL DEFAULT 0 CHECK (processing_round >= 0),
    ADD COLUMN processing_started_at timestamptz,
    ADD COLUMN lease_until timestamptz,
    ADD COLUMN failure_retryable boolean NOT NULL DEFAULT false,
    ADD COLUMN bda_invocation_arn text,
    ADD COLUMN bda_job_id text,
    ADD COLUMN bda_output_uri text;

-- A BDA completion event names the job only.
CREATE UNIQUE INDEX documents_by_bda_job ON documents (bda_job_id) WHERE bda_job_id IS NOT NULL;
-- GET /documents/{id} counts a document's chunks.
CREATE INDEX knowledge_chunks_by_document ON knowledge_chunks (document_id);
"""#)
}

/// One page of a patient's documents, newest first.
public struct DocumentPage: Sendable {
    public let documents: [DocumentRow]
    /// Pass back to get the next page; nil on the last page.
    public let nextCursor: String?
}

/// The processing life of a document: conditional claims (so that S3's at-least-once delivery and
/// Lambda's retries never process a document twice at the same time), the BDA job, the outcome.
/// A claim holds a lease: a crashed or timed-out attempt leaves a lease that expires, and then
/// the retry of the same event may claim the document again.
extension DocumentRepository {
    /// A patient's documents, newest first, with the same (created_at, id) cursor as the report history.
    public func list(clinicId: String, patientId: String, limit: Int, cursor: String?) throws -> DocumentPage {
        let pageSize = max(1, min(limit, 100))
        let after = try cursor.map { try PageCursor(encoded: $0, kind: .rows) }
        let result = try runner.query("""
            SELECT \(DocumentRepository.columns) FROM documents
            WHERE clinic_id = $1 AND patient_id = $2
              AND ($4::int8 IS NULL OR (created_at, id) < ('epoch'::timestamptz + $4::int8 * interval '1 microsecond', $5::uuid))
            ORDER BY created_at DESC, id DESC
            LIMIT $3
            """, [.text(clinicId), .text(patientId), .int(pageSize + 1),
                  after.map { .int($0.createdAt.microsecondsSinceEpoch) } ?? .null, .optional(after?.id)], idempotent: true)
        let rows = try result.rows.prefix(pageSize).map(DocumentRepository.decode)
        let next = result.rows.count > pageSize ? rows.last.map { PageCursor(.rows, createdAt: $0.createdAt, id: $0.id).encoded } : nil
        return DocumentPage(documents: rows, nextCursor: next)
    }

    /// The document an S3 object belongs to, whatever its clinic (bucket + key are unique); the caller
    /// checks the row against the key, never the other way round.
    public func find(bucket: String, objectKey: String) throws -> DocumentRow? {
        let result = try runner.query("SELECT \(DocumentRepository.columns) FROM documents WHERE bucket = $1 AND object_key = $2",
                                      [.text(bucket), .text(objectKey)], idempotent: true)
        return try result.first.map(DocumentRepository.decode)
    }

    /// The document waiting for this BDA job.
    public func find(bdaJobId: String) throws -> DocumentRow? {
        let result = try runner.query("SELECT \(DocumentRepository.columns) FROM documents WHERE bda_job_id = $1",
                                      [.text(bdaJobId)], idempotent: true)
        return try result.first.map(DocumentRepository.decode)
    }

    /// Claims an uploaded document for processing: only from `PENDING_UPLOAD`, from a `PROCESSING` claim
    /// whose lease ran out (a crashed attempt) and that is not waiting for BDA, or from a retryable
    /// `FAILED` (reprocessing). nil when another delivery holds it or it is done: the caller does nothing.
    public func claimUpload(id: String, clinicId: String, leaseMs: Int64) throws -> DocumentRow? {
        guard Identifier.isUUID(id) else { return nil }
        let result = try runner.query("""
            UPDATE documents SET status = 'PROCESSING',
                   -- Reprocessing a failure starts a new round: attempts from 1, a new BDA job.
                   processing_attempts = CASE WHEN status = 'FAILED' THEN 1 ELSE processing_attempts + 1 END,
                   processing_round = processing_round + CASE WHEN status = 'FAILED' THEN 1 ELSE 0 END,
                   processing_started_at = COALESCE(CASE WHEN status = 'PROCESSING' THEN processing_started_at END, now()),
                   failure_reason = CASE WHEN status = 'FAILED' THEN NULL ELSE failure_reason END, failure_retryable = false,
                   bda_invocation_arn = CASE WHEN status = 'FAILED' THEN NULL ELSE bda_invocation_arn END,
                   bda_job_id = CASE WHEN status = 'FAILED' THEN NULL ELSE bda_job_id END,
                   lease_until = now() + $3::int8 * interval '1 millisecond', updated_at = now()
            WHERE id = $1::uuid AND clinic_id = $2
              AND (status = 'PENDING_UPLOAD'
                   OR (status = 'PROCESSING' AND bda_job_id IS NULL AND lease_until < now())
                   OR (status = 'FAILED' AND failure_retryable))
            RETURNING \(DocumentRepository.columns)
            """, [.text(id), .text(clinicId), .int(leaseMs)], idempotent: false)
        return try result.first.map(DocumentRepository.decode)
    }

    /// Documents of every clinic waiting for a BDA job for longer than `seconds` (the scheduled check for
    /// completion events EventBridge did not deliver: its delivery is best effort), oldest first.
    public func waitingForDataAutomation(longerThanSeconds seconds: Int, limit: Int) throws -> [DocumentRow] {
        let result = try runner.query("""
            SELECT \(DocumentRepository.columns) FROM documents
            WHERE status = 'PROCESSING' AND bda_job_id IS NOT NULL AND lease_until IS NULL
              AND updated_at < now() - $1::int8 * interval '1 second'
            ORDER BY updated_at LIMIT $2
            """, [.int(max(0, seconds)), .int(max(1, min(limit, 1000)))], idempotent: true)
        return try result.rows.map(DocumentRepository.decode)
    }

    /// Claims a document's BDA completion: it must be `PROCESSING`, waiting for this job (no lease) or
    /// with an expired lease (a crashed attempt at the completion).
    public func claimCompletion(bdaJobId: String, leaseMs: Int64) throws -> DocumentRow? {
        let result = try runner.query("""
            UPDATE documents SET processing_attempts = processing_attempts + 1,
                   lease_until = now() + $2::int8 * interval '1 millisecond', updated_at = now()
            WHERE bda_job_id = $1 AND status = 'PROCESSING' AND (lease_until IS NULL OR lease_until < now())
            RETURNING \(DocumentRepository.columns)
            """, [.text(bdaJobId), .int(leaseMs)], idempotent: false)
        return try result.first.map(DocumentRepository.decode)
    }

    /// The BDA job is started: the document stays `PROCESSING`, without lease, until its completion event;
    /// the attempt count restarts for the completion.
    @discardableResult
    public func recordBDAJob(id: String, clinicId: String, invocationArn: String, jobId: String, outputURI: String) throws -> Bool {
        guard Identifier.isUUID(id) else { return false }
        return try runner.query("""
            UPDATE documents SET bda_invocation_arn = $3, bda_job_id = $4, bda_output_uri = $5, lease_until = NULL,
                   processing_attempts = 0, failure_reason = NULL, updated_at = now()
            WHERE id = $1::uuid AND clinic_id = $2 AND status = 'PROCESSING'
            """, [.text(id), .text(clinicId), .text(invocationArn), .text(jobId), .text(outputURI)], idempotent: true).affectedRows == 1
    }

    /// A transient failure: the claim is given up (lease expired now) so that Lambda's retry can claim it;
    /// a BDA-waiting document goes back to waiting. `reason` says what is being retried.
    @discardableResult
    public func releaseClaim(id: String, clinicId: String, reason: String) throws -> Bool {
        guard Identifier.isUUID(id) else { return false }
        return try runner.query("""
            UPDATE documents SET lease_until = CASE WHEN bda_job_id IS NULL THEN now() ELSE NULL END,
                   failure_reason = $3, updated_at = now()
            WHERE id = $1::uuid AND clinic_id = $2 AND status = 'PROCESSING'
            """, [.text(id), .text(clinicId), .text(reason)], idempotent: true).affectedRows == 1
    }

    /// `FAILED` with a reason a doctor can read; `retryable` when reprocessing may succeed (transient cause).
    @discardableResult
    public func markFailed(id: String, clinicId: String, reason: String, retryable: Bool) throws -> Bool {
        guard Identifier.isUUID(id) else { return false }
        return try runner.query("""
            UPDATE documents SET status = 'FAILED', failure_reason = $3, failure_retryable = $4, lease_until = NULL, updated_at = now()
            WHERE id = $1::uuid AND clinic_id = $2 AND status IN ('PENDING_UPLOAD', 'PROCESSING')
            """, [.text(id), .text(clinicId), .text(reason), .bool(retryable)], idempotent: true).affectedRows == 1
    }

    /// `PROCESSED`, only from the claim this attempt holds (false: deleted or taken meanwhile).
    @discardableResult
    public func markProcessed(id: String, clinicId: String, sizeBytes: Int64?) throws -> Bool {
        guard Identifier.isUUID(id) else { return false }
        return try runner.query("""
            UPDATE documents SET status = 'PROCESSED', failure_reason = NULL, failure_retryable = false, lease_until = NULL,
                   size_bytes = COALESCE($3::int8, size_bytes), updated_at = now()
            WHERE id = $1::uuid AND clinic_id = $2 AND status = 'PROCESSING'
            """, [.text(id), .text(clinicId), sizeBytes.map { .int($0) } ?? .null], idempotent: true).affectedRows == 1
    }

    /// Removes the document; its extraction and chunks go with it (ON DELETE CASCADE). False when not in this clinic.
    @discardableResult
    public func delete(id: String, clinicId: String) throws -> Bool {
        guard Identifier.isUUID(id) else { return false }
        return try runner.query("DELETE FROM documents WHERE id = $1::uuid AND clinic_id = $2",
                                [.text(id), .text(clinicId)], idempotent: true).affectedRows == 1
    }
}

extension KnowledgeRepository {
    /// How many chunks a document has in the knowledge base.
    public func count(documentId: String, clinicId: String) throws -> Int {
        guard Identifier.isUUID(documentId) else { return 0 }
        return try runner.query("SELECT count(*) AS n FROM knowledge_chunks WHERE document_id = $1::uuid AND clinic_id = $2",
                                [.text(documentId), .text(clinicId)], idempotent: true).rows[0].int("n")
    }
}

extension KnowledgeRepository {
    /// Inserts many chunks with one statement per 50 (one round trip instead of one per chunk); same checks as `insert`.
    public func insertAll(_ chunks: [NewChunk]) throws {
        for chunk in chunks {
            guard chunk.embedding.count == embeddingDimensions else {
                throw StoreError.invalidParameter("an embedding must have \(embeddingDimensions) dimensions")
            }
            if let documentId = chunk.documentId, !Identifier.isUUID(documentId) { throw StoreError.invalidParameter("document id is not a UUID") }
            guard !chunk.embeddingModel.isEmpty else { throw StoreError.invalidParameter("a chunk needs its embedding model") }
        }
        var start = 0
        while start < chunks.count {
            let batch = chunks[start..<min(chunks.count, start + 50)]
            var rows: [String] = []
            var parameters: [SQLValue] = []
            for chunk in batch {
                let n = parameters.count
                rows.append("($\(n + 1), $\(n + 2)::uuid, $\(n + 3), $\(n + 4), $\(n + 5), $\(n + 6)::vector, $\(n + 7), $\(n + 8)::int4, $\(n + 9)::int8)")
                parameters += [.text(chunk.clinicId), .optional(chunk.documentId), .optional(chunk.patientId), .int(chunk.chunkIndex),
                               .text(chunk.content), .vector(chunk.embedding), .text(chunk.embeddingModel),
                               chunk.page.map { .int($0) } ?? .null, chunk.timeOffsetMs.map { .int($0) } ?? .null]
            }
            _ = try runner.query("""
                INSERT INTO knowledge_chunks (clinic_id, document_id, patient_id, chunk_index, content, embedding, embedding_model, page, time_offset_ms)
                VALUES \(rows.joined(separator: ", "))
                """, parameters, idempotent: false)
            start += batch.count
        }
    }
}

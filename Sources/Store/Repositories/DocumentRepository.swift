public enum DocumentStatus: String, Sendable, Codable {
    case pendingUpload = "PENDING_UPLOAD"
    case processing = "PROCESSING"
    case processed = "PROCESSED"
    case failed = "FAILED"
}

/// An upload announced by `POST /uploads`, before the object exists.
public struct NewDocument: Sendable {
    public var clinicId: String
    public var patientId: String?
    public var bucket: String
    public var objectKey: String
    public var fileName: String?
    public var contentType: String
    public var uploadedBy: String
    /// Chosen by the caller when the object key must name the document before the row exists (nil: the database picks).
    public var id: String?
    /// The declared size, checked against the object when it arrives.
    public var sizeBytes: Int64?

    public init(clinicId: String, patientId: String?, bucket: String, objectKey: String, fileName: String?,
                contentType: String, uploadedBy: String, id: String? = nil, sizeBytes: Int64? = nil) {
        self.id = id
        self.sizeBytes = sizeBytes
        self.clinicId = clinicId
        self.patientId = patientId
        self.bucket = bucket
        self.objectKey = objectKey
        self.fileName = fileName
        self.contentType = contentType
        self.uploadedBy = uploadedBy
    }
}

public struct DocumentRow: Sendable, Equatable {
    public let id: String
    public let clinicId: String
    public let patientId: String?
    public let bucket: String
    public let objectKey: String
    public let fileName: String?
    public let contentType: String
    public let sizeBytes: Int64?
    public let status: DocumentStatus
    public let failureReason: String?
    public let uploadedBy: String
    public let createdAt: Timestamp
    public let updatedAt: Timestamp
    /// Claims so far (S3 delivery, Lambda retries, the BDA completion), for the last-attempt decision.
    public let processingAttempts: Int
    /// 0 for the first processing, n for the n-th reprocessing of a retryable failure.
    public let processingRound: Int
    public let processingStartedAt: Timestamp?
    /// Until when the current claim holds; nil while waiting for Bedrock Data Automation.
    public let leaseUntil: Timestamp?
    public let failureRetryable: Bool
    public let bdaInvocationArn: String?
    public let bdaJobId: String?
    /// `s3://bucket/prefix` the BDA job writes under (`<prefix>/<jobId>/…`).
    public let bdaOutputURI: String?
}

/// What extraction found in a document. The list fields are JSON arrays
/// (their element shape belongs to the clinical domain), stored as `jsonb`.
public struct DocumentExtraction: Sendable, Equatable {
    public var documentId: String
    public var clinicId: String
    public var diagnosisJSON: String
    public var medicationsJSON: String
    public var followUpJSON: String
    public var notes: String
    public var extractedText: String
    public var model: String
    public var status: GenerationStatus

    public init(documentId: String, clinicId: String, diagnosisJSON: String, medicationsJSON: String, followUpJSON: String,
                notes: String, extractedText: String, model: String, status: GenerationStatus) {
        self.documentId = documentId
        self.clinicId = clinicId
        self.diagnosisJSON = diagnosisJSON
        self.medicationsJSON = medicationsJSON
        self.followUpJSON = followUpJSON
        self.notes = notes
        self.extractedText = extractedText
        self.model = model
        self.status = status
    }
}

/// Documents and their extraction, always scoped by clinic.
public struct DocumentRepository {
    let runner: any QueryRunner

    public init(_ runner: any QueryRunner) { self.runner = runner }

    static let columns = """
        id::text, clinic_id, patient_id, bucket, object_key, file_name, content_type, size_bytes, status, failure_reason,
        uploaded_by, \(Timestamp.select("created_at")) AS created_at, \(Timestamp.select("updated_at")) AS updated_at,
        processing_attempts, processing_round, \(Timestamp.select("processing_started_at")) AS processing_started_at,
        \(Timestamp.select("lease_until")) AS lease_until, failure_retryable, bda_invocation_arn, bda_job_id, bda_output_uri
        """

    public func insert(_ document: NewDocument) throws -> DocumentRow {
        let result = try runner.query("""
            INSERT INTO documents (id, clinic_id, patient_id, bucket, object_key, file_name, content_type, status, uploaded_by, size_bytes)
            VALUES (COALESCE($8::uuid, gen_random_uuid()), $1, $2, $3, $4, $5, $6, 'PENDING_UPLOAD', $7, $9::int8)
            RETURNING \(DocumentRepository.columns)
            """, [.text(document.clinicId), .optional(document.patientId), .text(document.bucket), .text(document.objectKey),
                  .optional(document.fileName), .text(document.contentType), .text(document.uploadedBy),
                  .optional(document.id), document.sizeBytes.map { .int($0) } ?? .null], idempotent: false)
        return try DocumentRepository.decode(result.rows[0])
    }

    public func find(id: String, clinicId: String) throws -> DocumentRow? {
        guard Identifier.isUUID(id) else { return nil }
        let result = try runner.query("SELECT \(DocumentRepository.columns) FROM documents WHERE id = $1::uuid AND clinic_id = $2",
                                      [.text(id), .text(clinicId)], idempotent: true)
        return try result.first.map(DocumentRepository.decode)
    }

    /// The document an S3 event is about; the clinic comes from the object key's layout.
    public func find(bucket: String, objectKey: String, clinicId: String) throws -> DocumentRow? {
        let result = try runner.query("""
            SELECT \(DocumentRepository.columns) FROM documents WHERE bucket = $1 AND object_key = $2 AND clinic_id = $3
            """, [.text(bucket), .text(objectKey), .text(clinicId)], idempotent: true)
        return try result.first.map(DocumentRepository.decode)
    }

    public func list(clinicId: String, patientId: String, limit: Int) throws -> [DocumentRow] {
        let result = try runner.query("""
            SELECT \(DocumentRepository.columns) FROM documents WHERE clinic_id = $1 AND patient_id = $2
            ORDER BY created_at DESC, id DESC LIMIT $3
            """, [.text(clinicId), .text(patientId), .int(max(1, min(limit, 100)))], idempotent: true)
        return try result.rows.map(DocumentRepository.decode)
    }

    /// Moves a document along; false when no such document in this clinic.
    @discardableResult
    public func updateStatus(id: String, clinicId: String, status: DocumentStatus, sizeBytes: Int64? = nil,
                             failureReason: String? = nil) throws -> Bool {
        guard Identifier.isUUID(id) else { return false }
        let result = try runner.query("""
            UPDATE documents SET status = $3, size_bytes = COALESCE($4::int8, size_bytes), failure_reason = $5, updated_at = now()
            WHERE id = $1::uuid AND clinic_id = $2
            """, [.text(id), .text(clinicId), .text(status.rawValue), sizeBytes.map { .int($0) } ?? .null,
                  .optional(failureReason)], idempotent: true)
        return result.affectedRows == 1
    }

    /// Stores (or replaces, on reprocessing) a document's extraction; false
    /// when the document is not in this clinic.
    @discardableResult
    public func saveExtraction(_ extraction: DocumentExtraction) throws -> Bool {
        guard Identifier.isUUID(extraction.documentId) else { return false }
        let result = try runner.query("""
            INSERT INTO document_extractions (document_id, clinic_id, diagnosis, medications, follow_up, notes, extracted_text, model, status)
            SELECT d.id, d.clinic_id, $3::jsonb, $4::jsonb, $5::jsonb, $6, $7, $8, $9
            FROM documents d WHERE d.id = $1::uuid AND d.clinic_id = $2
            ON CONFLICT (document_id) DO UPDATE SET
                diagnosis = EXCLUDED.diagnosis, medications = EXCLUDED.medications, follow_up = EXCLUDED.follow_up,
                notes = EXCLUDED.notes, extracted_text = EXCLUDED.extracted_text, model = EXCLUDED.model,
                status = EXCLUDED.status, updated_at = now()
            """, [.text(extraction.documentId), .text(extraction.clinicId), .text(extraction.diagnosisJSON),
                  .text(extraction.medicationsJSON), .text(extraction.followUpJSON), .text(extraction.notes),
                  .text(extraction.extractedText), .text(extraction.model), .text(extraction.status.rawValue)], idempotent: true)
        return result.affectedRows == 1
    }

    public func findExtraction(documentId: String, clinicId: String) throws -> DocumentExtraction? {
        guard Identifier.isUUID(documentId) else { return nil }
        let result = try runner.query("""
            SELECT document_id::text, clinic_id, diagnosis::text AS diagnosis, medications::text AS medications,
                   follow_up::text AS follow_up, notes, extracted_text, model, status
            FROM document_extractions WHERE document_id = $1::uuid AND clinic_id = $2
            """, [.text(documentId), .text(clinicId)], idempotent: true)
        guard let row = result.first else { return nil }
        guard let status = GenerationStatus(rawValue: try row.string("status")) else {
            throw StoreError.decodingFailed(column: "status", expected: "extraction status")
        }
        return DocumentExtraction(documentId: try row.string("document_id"), clinicId: try row.string("clinic_id"),
                                  diagnosisJSON: try row.string("diagnosis"), medicationsJSON: try row.string("medications"),
                                  followUpJSON: try row.string("follow_up"), notes: try row.string("notes"),
                                  extractedText: try row.string("extracted_text"), model: try row.string("model"), status: status)
    }

    static func decode(_ row: Row) throws -> DocumentRow {
        guard let status = DocumentStatus(rawValue: try row.string("status")) else {
            throw StoreError.decodingFailed(column: "status", expected: "document status")
        }
        return DocumentRow(id: try row.string("id"), clinicId: try row.string("clinic_id"), patientId: try row.optionalString("patient_id"),
                           bucket: try row.string("bucket"), objectKey: try row.string("object_key"),
                           fileName: try row.optionalString("file_name"), contentType: try row.string("content_type"),
                           sizeBytes: try row.optionalInt64("size_bytes"), status: status,
                           failureReason: try row.optionalString("failure_reason"), uploadedBy: try row.string("uploaded_by"),
                           createdAt: try row.timestamp("created_at"), updatedAt: try row.timestamp("updated_at"),
                           processingAttempts: try row.int("processing_attempts"), processingRound: try row.int("processing_round"),
                           processingStartedAt: try row.optionalTimestamp("processing_started_at"),
                           leaseUntil: try row.optionalTimestamp("lease_until"), failureRetryable: try row.bool("failure_retryable"),
                           bdaInvocationArn: try row.optionalString("bda_invocation_arn"), bdaJobId: try row.optionalString("bda_job_id"),
                           bdaOutputURI: try row.optionalString("bda_output_uri"))
    }
}

extension QueryRunner {
    public var documents: DocumentRepository { DocumentRepository(self) }
}

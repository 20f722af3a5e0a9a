import Clinical
import FoundationEssentials
import LambdaRuntime
import Store

/// `extraction` of a processed document: `{diagnosis, medications, followUp, notes, source}`.
struct ExtractionJSON: Encodable, Sendable {
    let diagnosis: [String]
    let medications: [ExtractedMedication]
    let followUp: [String]
    let notes: String
    let source: String
    let model: String

    init?(_ stored: DocumentExtraction) {
        let decoder = JSONDecoder()
        guard let diagnosis = try? decoder.decode([String].self, from: Data(stored.diagnosisJSON.utf8)),
              let medications = try? decoder.decode([ExtractedMedication].self, from: Data(stored.medicationsJSON.utf8)),
              let followUp = try? decoder.decode([String].self, from: Data(stored.followUpJSON.utf8)) else { return nil }
        self.diagnosis = diagnosis
        self.medications = medications
        self.followUp = followUp
        notes = stored.notes
        source = stored.status == .success ? ExtractionSource.model.rawValue : ExtractionSource.fallback.rawValue
        model = stored.model
    }
}

/// How long a `PROCESSING` document has been at it, and whether that is longer than it should be.
struct ProcessingJSON: Encodable, Sendable {
    let startedAt: String?
    let elapsedSeconds: Int
    let stuck: Bool
    /// `DATA_AUTOMATION` while a BDA job converts the file, `PROCESSOR` while the function works on it, `RETRY` when waiting for Lambda's retry.
    let waitingFor: String

    init(_ row: DocumentRow, stuckAfterSeconds: Int, nowMs: Int64 = WallClock.nowMs()) {
        let started = row.processingStartedAt ?? row.updatedAt
        startedAt = row.processingStartedAt?.iso8601
        elapsedSeconds = Int(max(0, nowMs - started.millisecondsSinceEpoch) / 1000)
        stuck = elapsedSeconds > stuckAfterSeconds
        if row.bdaJobId != nil && row.leaseUntil == nil { waitingFor = "DATA_AUTOMATION" }
        else if let lease = row.leaseUntil, lease.millisecondsSinceEpoch <= nowMs { waitingFor = "RETRY" }
        else { waitingFor = "PROCESSOR" }
    }
}

/// A document as `GET /documents/{id}` answers it (the listing leaves out extraction and chunkCount).
struct DocumentJSON: Encodable, Sendable {
    let documentId: String
    let patientId: String?
    let fileName: String?
    let contentType: String
    let sizeBytes: Int64?
    let status: String
    let createdAt: String
    let updatedAt: String
    let failureReason: String?
    let failureRetryable: Bool?
    let processing: ProcessingJSON?
    let extraction: ExtractionJSON?
    let chunkCount: Int?
    let detailed: Bool

    init(_ row: DocumentRow, extraction: DocumentExtraction? = nil, chunkCount: Int? = nil, detailed: Bool, stuckAfterSeconds: Int) {
        documentId = row.id
        patientId = row.patientId
        fileName = row.fileName
        contentType = row.contentType
        sizeBytes = row.sizeBytes
        status = row.status.rawValue
        createdAt = row.createdAt.iso8601
        updatedAt = row.updatedAt.iso8601
        // A retry note on a document that is still being processed is shown too: it says why it takes long.
        failureReason = row.failureReason
        failureRetryable = row.status == .failed ? row.failureRetryable : nil
        processing = row.status == .processing ? ProcessingJSON(row, stuckAfterSeconds: stuckAfterSeconds) : nil
        self.extraction = row.status == .processed ? extraction.flatMap(ExtractionJSON.init) : nil
        self.chunkCount = chunkCount
        self.detailed = detailed
    }

    enum Keys: String, CodingKey {
        case documentId, patientId, fileName, contentType, sizeBytes, status, createdAt, updatedAt, failureReason, failureRetryable,
             processing, extraction, chunkCount
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(documentId, forKey: .documentId)
        try c.encode(patientId, forKey: .patientId)
        try c.encode(fileName, forKey: .fileName)
        try c.encode(contentType, forKey: .contentType)
        try c.encode(sizeBytes, forKey: .sizeBytes)
        try c.encode(status, forKey: .status)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
        try c.encode(failureReason, forKey: .failureReason)
        try c.encode(failureRetryable, forKey: .failureRetryable)
        try c.encode(processing, forKey: .processing)
        if detailed {
            try c.encode(extraction, forKey: .extraction)
            try c.encode(chunkCount, forKey: .chunkCount)
        }
    }
}

struct DocumentPageJSON: Encodable, Sendable {
    let patientId: String
    let documents: [DocumentJSON]
    let nextCursor: String?

    enum Keys: String, CodingKey { case patientId, documents, nextCursor }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(patientId, forKey: .patientId)
        try c.encode(documents, forKey: .documents)
        try c.encode(nextCursor, forKey: .nextCursor)
    }
}

/// `POST /uploads` → 201.
struct UploadJSON: Encodable, Sendable {
    let documentId: String
    let patientId: String
    let status: String
    let uploadUrl: String
    let method: String
    let headers: [String: String]
    let expiresAt: String
}

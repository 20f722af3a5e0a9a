
public enum GenerationStatus: String, Sendable, Codable {
    case success = "SUCCESS"
    case fallback = "FALLBACK"
}

/// What the summarizer stores for one report.
public struct NewReport: Sendable {
    public var clinicId: String
    public var patientId: String
    public var originalText: String
    public var summary: String
    public var status: GenerationStatus
    public var language: String
    public var sourceSystem: String?
    /// A JSON object, stored as `jsonb`.
    public var metadataJSON: String
    public var model: String
    public var inputTokens: Int
    public var outputTokens: Int
    public var createdBy: String
    /// Days until the report expires (`REPORT_RETENTION_DAYS`, 90 by default).
    public var retentionDays: Int

    public init(clinicId: String, patientId: String, originalText: String, summary: String, status: GenerationStatus,
                language: String, sourceSystem: String? = nil, metadataJSON: String = "{}", model: String,
                inputTokens: Int, outputTokens: Int, createdBy: String, retentionDays: Int = ReportRetention.defaultDays) {
        self.clinicId = clinicId
        self.patientId = patientId
        self.originalText = originalText
        self.summary = summary
        self.status = status
        self.language = language
        self.sourceSystem = sourceSystem
        self.metadataJSON = metadataJSON
        self.model = model
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.createdBy = createdBy
        self.retentionDays = retentionDays
    }
}

public struct ReportRow: Sendable, Equatable {
    public let id: String
    public let clinicId: String
    public let patientId: String
    public let originalText: String
    public let summary: String
    public let status: GenerationStatus
    public let language: String
    public let sourceSystem: String?
    /// jsonb as PostgreSQL prints it (keys reordered, whitespace normalised).
    public let metadataJSON: String
    public let model: String
    public let inputTokens: Int
    public let outputTokens: Int
    public let createdBy: String
    public let createdAt: Timestamp
    public let updatedAt: Timestamp
    public let expiresAt: Timestamp
}

/// One page of a patient's reports, newest first.
public struct ReportPage: Sendable {
    public let reports: [ReportRow]
    /// Pass back to get the next page; nil on the last page.
    public let nextCursor: String?
}

/// Reports, always scoped by clinic; expired reports are never returned.
public struct ReportRepository {
    let runner: any QueryRunner

    public init(_ runner: any QueryRunner) { self.runner = runner }

    static let columns = """
        id::text, clinic_id, patient_id, original_text, summary, status, language, source_system, metadata::text AS metadata,
        model, input_tokens, output_tokens, created_by, \(Timestamp.select("created_at")) AS created_at,
        \(Timestamp.select("updated_at")) AS updated_at, \(Timestamp.select("expires_at")) AS expires_at
        """

    public func insert(_ report: NewReport) throws -> ReportRow {
        guard ReportRetention.allowedDays.contains(report.retentionDays) else { throw StoreError.invalidParameter("retention days out of range") }
        let result = try runner.query("""
            INSERT INTO reports (clinic_id, patient_id, original_text, summary, status, language, source_system, metadata,
                                 model, input_tokens, output_tokens, created_by, expires_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11, $12, now() + make_interval(days => $13::int))
            RETURNING \(ReportRepository.columns)
            """, [.text(report.clinicId), .text(report.patientId), .text(report.originalText), .text(report.summary),
                  .text(report.status.rawValue), .text(report.language), .optional(report.sourceSystem),
                  .text(report.metadataJSON), .text(report.model), .int(report.inputTokens), .int(report.outputTokens),
                  .text(report.createdBy), .int(report.retentionDays)], idempotent: false)
        return try ReportRepository.decode(result.rows[0])
    }

    public func find(id: String, clinicId: String) throws -> ReportRow? {
        guard Identifier.isUUID(id) else { return nil }
        let result = try runner.query("""
            SELECT \(ReportRepository.columns) FROM reports
            WHERE id = $1::uuid AND clinic_id = $2 AND expires_at > now()
            """, [.text(id), .text(clinicId)], idempotent: true)
        return try result.first.map(ReportRepository.decode)
    }

    /// A patient's reports, newest first; `cursor` is the previous page's `nextCursor`.
    public func list(clinicId: String, patientId: String, limit: Int, cursor: String? = nil) throws -> ReportPage {
        let pageSize = max(1, min(limit, 100))
        let after = try cursor.map { try PageCursor(encoded: $0, kind: .rows) }
        let result = try runner.query(ReportRepository.listStatement, [.text(clinicId), .text(patientId), .int(pageSize + 1),
                  after.map { .int($0.createdAt.microsecondsSinceEpoch) } ?? .null, .optional(after?.id)], idempotent: true)
        let rows = try result.rows.prefix(pageSize).map(ReportRepository.decode)
        let next = result.rows.count > pageSize ? rows.last.map { PageCursor(.rows, createdAt: $0.createdAt, id: $0.id).encoded } : nil
        return ReportPage(reports: rows, nextCursor: next)
    }

    /// The listing's statement: $1 clinic, $2 patient, $3 page size + 1, $4/$5 the
    /// cursor's created_at (µs) and id or NULL. Public for the benchmark's C floor,
    /// which must send exactly the same query.
    public static let listStatement = """
        SELECT \(columns) FROM reports
        WHERE clinic_id = $1 AND patient_id = $2 AND expires_at > now()
          AND ($4::int8 IS NULL OR (created_at, id) < ('epoch'::timestamptz + $4::int8 * interval '1 microsecond', $5::uuid))
        ORDER BY created_at DESC, id DESC
        LIMIT $3
        """

    /// Deletes up to `batchSize` expired reports of every clinic (the scheduled
    /// retention job, not a user request); call again while it returns `batchSize`.
    public func deleteExpired(batchSize: Int = 1000) throws -> Int {
        try runner.query("""
            DELETE FROM reports WHERE id IN (
                SELECT id FROM reports WHERE expires_at <= now() ORDER BY expires_at LIMIT $1
            )
            """, [.int(max(1, batchSize))], idempotent: true).affectedRows
    }

    static func decode(_ row: Row) throws -> ReportRow {
        guard let status = GenerationStatus(rawValue: try row.string("status")) else {
            throw StoreError.decodingFailed(column: "status", expected: "report status")
        }
        return ReportRow(id: try row.string("id"), clinicId: try row.string("clinic_id"), patientId: try row.string("patient_id"),
                         originalText: try row.string("original_text"), summary: try row.string("summary"), status: status,
                         language: try row.string("language"), sourceSystem: try row.optionalString("source_system"),
                         metadataJSON: try row.string("metadata"), model: try row.string("model"),
                         inputTokens: try row.int("input_tokens"), outputTokens: try row.int("output_tokens"),
                         createdBy: try row.string("created_by"), createdAt: try row.timestamp("created_at"),
                         updatedAt: try row.timestamp("updated_at"), expiresAt: try row.timestamp("expires_at"))
    }
}

extension QueryRunner {
    public var reports: ReportRepository { ReportRepository(self) }
}

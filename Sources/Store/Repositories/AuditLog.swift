public enum AuditOutcome: String, Sendable, Codable {
    case success
    case notFound = "not_found"
    case denied
    case error
}

/// One access to patient data: who, what, which resource, how it ended.
public struct AuditEntry: Sendable, Equatable {
    public var requestId: String
    public var identity: String
    public var clinicId: String
    /// What was done, e.g. `report.read`, `report.create`, `document.upload`.
    public var action: String
    public var resourceType: String
    public var resourceId: String?
    public var outcome: AuditOutcome

    public init(requestId: String, identity: String, clinicId: String, action: String, resourceType: String,
                resourceId: String?, outcome: AuditOutcome) {
        self.requestId = requestId
        self.identity = identity
        self.clinicId = clinicId
        self.action = action
        self.resourceType = resourceType
        self.resourceId = resourceId
        self.outcome = outcome
    }
}

public struct AuditRow: Sendable, Equatable {
    public let id: Int64
    public let occurredAt: Timestamp
    public let entry: AuditEntry
}

/// The audit log: append-only (the application role may insert and read, nothing else).
public struct AuditLog {
    let runner: any QueryRunner

    public init(_ runner: any QueryRunner) { self.runner = runner }

    static let columns = """
        id, \(Timestamp.select("occurred_at")) AS occurred_at, request_id, identity, clinic_id, action, resource_type,
        resource_id, outcome
        """

    @discardableResult
    public func record(_ entry: AuditEntry) throws -> Int64 {
        try runner.query("""
            INSERT INTO audit_log (request_id, identity, clinic_id, action, resource_type, resource_id, outcome)
            VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id
            """, [.text(entry.requestId), .text(entry.identity), .text(entry.clinicId), .text(entry.action),
                  .text(entry.resourceType), .optional(entry.resourceId), .text(entry.outcome.rawValue)],
            idempotent: false).rows[0].int64("id")
    }

    /// This clinic's audit rows for one request, oldest first.
    public func entries(requestId: String, clinicId: String) throws -> [AuditRow] {
        let result = try runner.query("""
            SELECT \(AuditLog.columns) FROM audit_log WHERE request_id = $1 AND clinic_id = $2 ORDER BY id
            """, [.text(requestId), .text(clinicId)], idempotent: true)
        return try result.rows.map(AuditLog.decode)
    }

    /// This clinic's latest audit rows about one resource, newest first.
    public func entries(resourceType: String, resourceId: String, clinicId: String, limit: Int) throws -> [AuditRow] {
        let result = try runner.query("""
            SELECT \(AuditLog.columns) FROM audit_log WHERE resource_type = $1 AND resource_id = $2 AND clinic_id = $3
            ORDER BY id DESC LIMIT $4
            """, [.text(resourceType), .text(resourceId), .text(clinicId), .int(max(1, min(limit, 500)))], idempotent: true)
        return try result.rows.map(AuditLog.decode)
    }

    static func decode(_ row: Row) throws -> AuditRow {
        guard let outcome = AuditOutcome(rawValue: try row.string("outcome")) else {
            throw StoreError.decodingFailed(column: "outcome", expected: "audit outcome")
        }
        return AuditRow(id: try row.int64("id"), occurredAt: try row.timestamp("occurred_at"),
                        entry: AuditEntry(requestId: try row.string("request_id"), identity: try row.string("identity"),
                                          clinicId: try row.string("clinic_id"), action: try row.string("action"),
                                          resourceType: try row.string("resource_type"),
                                          resourceId: try row.optionalString("resource_id"), outcome: outcome))
    }
}

extension QueryRunner {
    public var audit: AuditLog { AuditLog(self) }
}

import LambdaRuntime

/// Who is accessing what, for `Database.audited`.
public struct AuditAccess: Sendable {
    public var requestId: String
    public var identity: String
    public var clinicId: String
    public var action: String
    public var resourceType: String

    public init(requestId: String, identity: String, clinicId: String, action: String, resourceType: String) {
        self.requestId = requestId
        self.identity = identity
        self.clinicId = clinicId
        self.action = action
        self.resourceType = resourceType
    }
}

/// What an audited access returns: its value, which resource it touched, and how it went.
public struct Audited<Value> {
    public var value: Value
    public var resourceId: String?
    public var outcome: AuditOutcome

    public init(_ value: Value, resourceId: String?, outcome: AuditOutcome = .success) {
        self.value = value
        self.resourceId = resourceId
        self.outcome = outcome
    }
}

extension Database {
    /// Runs an access to patient data and writes its audit row in the same
    /// transaction: both commit or neither does. When the access throws, the
    /// transaction rolls back and an `error` row is written on its own.
    public func audited<Value>(_ access: AuditAccess, timeoutMs: Int,
                               _ body: (Transaction) throws -> Audited<Value>) throws -> Value {
        do {
            return try transaction(timeoutMs: timeoutMs) { tx in
                let result = try body(tx)
                try tx.audit.record(access.entry(resourceId: result.resourceId, outcome: result.outcome))
                return result.value
            }
        } catch {
            do {
                try session(timeoutMs: timeoutMs).audit.record(access.entry(resourceId: nil, outcome: .error))
            } catch {
                logger.error("could not write the audit row of a failed access",
                             ["action": .string(access.action), "requestId": .string(access.requestId)])
            }
            throw error
        }
    }
}

extension AuditAccess {
    func entry(resourceId: String?, outcome: AuditOutcome) -> AuditEntry {
        AuditEntry(requestId: requestId, identity: identity, clinicId: clinicId, action: action,
                   resourceType: resourceType, resourceId: resourceId, outcome: outcome)
    }
}

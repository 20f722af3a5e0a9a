import Foundation
import Store
import Testing
import TestSupport

/// The functions connect as `clinical_app`, which may insert into and read the
/// audit log and the usage ledger but never change them (grants, not code).
@Suite struct AppendOnlyTests {
    static let forbidden = [
        "UPDATE audit_log SET outcome = 'denied' WHERE id = $1",
        "DELETE FROM audit_log WHERE id = $1",
        "UPDATE usage_ledger SET cost_usd = 0 WHERE id = $1",
        "DELETE FROM usage_ledger WHERE id = $1",
    ]

    @Test(arguments: forbidden)
    func theApplicationRoleCannotChangeAppendOnlyRows(statement: String) throws {
        let db = try TestDatabase.app()
        let session = db.session(timeoutMs: TestDatabase.timeoutMs)
        let clinic = TestDatabase.uniqueClinic()
        let auditId = try session.audit.record(AuditEntry(requestId: UUID().uuidString, identity: "sub", clinicId: clinic, action: "report.read",
                                                          resourceType: "report", resourceId: "r", outcome: .success))
        let usageId = try session.usage.record(UsageEntry(identity: "sub", clinicId: clinic, functionName: "chat", model: "m",
                                                          inputTokens: 1, outputTokens: 1, costUSD: 1, requestId: "q")).id
        let id = statement.contains("audit_log") ? auditId : usageId
        #expect(throws: StoreError.self) { try session.query(statement, [.int(id)], idempotent: false) }
        do { _ = try session.query(statement, [.int(id)], idempotent: false) } catch let error as StoreError {
            #expect(error.sqlState == "42501") // insufficient_privilege
        }
        let still = try session.query("""
            SELECT (SELECT outcome FROM audit_log WHERE id = $1) AS outcome, (SELECT cost_usd::text FROM usage_ledger WHERE id = $2) AS cost
            """, [.int(auditId), .int(usageId)], idempotent: true).rows[0]
        #expect(try still.optionalString("outcome") == "success")
        #expect(try still.optionalString("cost") == "1.00000000")
    }

    @Test func noTruncateAndNoSchemaChangesEither() throws {
        let db = try TestDatabase.app()
        let session = db.session(timeoutMs: TestDatabase.timeoutMs)
        for statement in ["TRUNCATE audit_log", "ALTER TABLE audit_log DISABLE TRIGGER ALL", "DROP TABLE audit_log",
                          "UPDATE schema_migrations SET checksum = 'x'"] {
            do {
                _ = try session.query(statement, [], idempotent: false)
                Issue.record("the application role ran: \(statement)")
            } catch let error as StoreError {
                #expect(error.sqlState == "42501", "\(statement)")
            }
        }
    }
}
